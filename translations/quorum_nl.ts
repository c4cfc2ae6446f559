<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
    <context>
        <name>ActionType</name>
        <message>
            <location filename="../services/approvals/ApprovalTypes.cpp" line="+107" />
            <source>Budget change</source>
            <translation>Budgetwijziging</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Campaign launch</source>
            <translation>Campagnestart</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Price change</source>
            <translation>Prijswijziging</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New product</source>
            <translation>Nieuw product</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New supplier</source>
            <translation>Nieuwe leverancier</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New market</source>
            <translation>Nieuwe markt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Strategic pivot</source>
            <translation>Strategische koerswijziging</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Refund / compensation</source>
            <translation>Terugbetaling / compensatie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Content review</source>
            <translation>Contentbeoordeling</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Publish product</source>
            <translation>Product publiceren</translation>
        </message>
    </context>
    <context>
        <name>ActivityModel</name>
        <message>
            <location filename="../models/ActivityModel.cpp" line="+37" />
            <source>Proposed</source>
            <translation>Voorgesteld</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Executed automatically</source>
            <translation>Automatisch uitgevoerd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Approved</source>
            <translation>Goedgekeurd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rejected</source>
            <translation>Afgewezen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Modified and resubmitted</source>
            <translation>Aangepast en opnieuw ingediend</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Expired</source>
            <translation>Verlopen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Executed</source>
            <translation>Uitgevoerd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Emergency stop</source>
            <translation>Noodstop</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resumed</source>
            <translation>Hervat</translation>
        </message>
        <message>
            <location line="+26" />
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Who</source>
            <translation>Wie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Subject</source>
            <translation>Onderwerp</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Risk</source>
            <translation>Risico</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Why</source>
            <translation>Waarom</translation>
        </message>
    </context>
    <context>
        <name>AgentsModel</name>
        <message>
            <location filename="../models/AgentsModel.cpp" line="+246" />
            <source>Cluster / agent</source>
            <translation>Cluster / agent</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Heartbeat</source>
            <translation>Hartslag</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Load</source>
            <translation>Belasting</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Success</source>
            <translation>Geslaagd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Avg. latency</source>
            <translation>Gem. latentie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>AI cost</source>
            <translation>AI-kosten</translation>
        </message>
        <message>
            <location line="+60" />
            <source>%1 of %2 healthy</source>
            <translation>%1 van %2 gezond</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+56" />
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <location line="-52" />
            <location line="+56" />
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
    </context>
    <context>
        <name>AgentsPane</name>
        <message>
            <location filename="../ui/panes/AgentsPane.cpp" line="+21" />
            <source>Agents</source>
            <translation>Agents</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The CEO orchestrator and the four clusters. A heartbeat older than two minutes marks an agent as unhealthy.</source>
            <translation>De CEO-orchestrator en de vier clusters. Een agent zonder hartslag in de laatste twee minuten geldt als ongezond.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Search agents…</source>
            <translation>Agents zoeken…</translation>
        </message>
        <message>
            <location line="+26" />
            <source>No agents registered</source>
            <translation>Geen agents geregistreerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Internal agents register when the workspace starts; external agents appear when they connect to the approval gateway.</source>
            <translation>Interne agents melden zich aan zodra de werkruimte start; externe agents verschijnen wanneer ze verbinding maken met de goedkeuringsgateway.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No agent matches</source>
            <translation>Geen agent gevonden</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Clear the search to see every cluster.</source>
            <translation>Wis de zoekopdracht om alle clusters te zien.</translation>
        </message>
    </context>
    <context>
        <name>ApiCaller</name>
        <message>
            <location filename="../services/resilience/ApiCaller.cpp" line="+75" />
            <source>%1 is failing repeatedly; calls are paused for a moment (circuit open)</source>
            <translation>%1 faalt herhaaldelijk; aanroepen worden even gepauzeerd (circuit open)</translation>
        </message>
        <message>
            <location line="+89" />
            <source>%1; the server asks to wait %2 s, longer than Quorum waits</source>
            <translation>%1; de server vraagt %2 s te wachten, langer dan Quorum wacht</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%1 (gave up after %n attempt(s))</source>
            <translation>
                <numerusform>%1 (opgegeven na %n poging)</numerusform>
                <numerusform>%1 (opgegeven na %n pogingen)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <location filename="../app/Application.cpp" line="+170" />
            <source>Cannot open the workspace</source>
            <translation>Kan de werkruimte niet openen</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Choose an empty folder for the new workspace</source>
            <translation>Kies een lege map voor de nieuwe werkruimte</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Open a workspace folder</source>
            <translation>Werkruimtemap openen</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not a workspace</source>
            <translation>Geen werkruimte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 does not hold a Quorum workspace (quorum.db). Choose “New workspace” to create one there.</source>
            <translation>%1 bevat geen Quorum-werkruimte (quorum.db). Kies „Nieuwe werkruimte” om er daar een te maken.</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsModel</name>
        <message>
            <location filename="../models/ApprovalsModel.cpp" line="+74" />
            <source>Priority</source>
            <translation>Prioriteit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Risk</source>
            <translation>Risico</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Proposal</source>
            <translation>Voorstel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Agent</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Action</source>
            <translation>Actie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Est. revenue</source>
            <translation>Verw. omzet</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Est. cost</source>
            <translation>Verw. kosten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Confidence</source>
            <translation>Zekerheid</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsPane</name>
        <message>
            <location filename="../ui/panes/ApprovalsPane.cpp" line="+32" />
            <source>Approvals</source>
            <translation>Goedkeuringen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Proposals the risk engine held for a person, most urgent first. Nothing here runs until someone with the right role decides.</source>
            <translation>Voorstellen die de risico-engine voor een mens heeft tegengehouden, de dringendste eerst. Niets hiervan wordt uitgevoerd totdat iemand met de juiste rol beslist.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Search proposals…</source>
            <translation>Voorstellen zoeken…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>All clusters</source>
            <translation>Alle clusters</translation>
        </message>
        <message>
            <location line="+4" />
            <source>All agents</source>
            <translation>Alle agents</translation>
        </message>
        <message>
            <location line="+4" />
            <source>All risk levels</source>
            <translation>Alle risiconiveaus</translation>
        </message>
        <message>
            <location line="+4" />
            <source>All actions</source>
            <translation>Alle acties</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Nothing waiting for you</source>
            <translation>Er wacht niets op je</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When an agent proposes something the risk engine rates high, or a rule asks for a person, it lands here with the reasoning, the numbers and the alternatives.</source>
            <translation>Als een agent iets voorstelt dat de risico-engine als hoog inschat, of als een regel om een mens vraagt, komt het hier terecht, met de onderbouwing, de cijfers en de alternatieven.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No proposal matches</source>
            <translation>Geen voorstel gevonden</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Clear the search or widen the filters.</source>
            <translation>Wis de zoekopdracht of verruim de filters.</translation>
        </message>
        <message numerus="yes">
            <location line="+27" />
            <source>%n waiting</source>
            <translation>
                <numerusform>%n wachtend</numerusform>
                <numerusform>%n wachtend</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AuditLog</name>
        <message>
            <location filename="../services/approvals/AuditLog.cpp" line="+79" />
            <source>entry %1 is missing (the next entry is %2)</source>
            <translation>regel %1 ontbreekt (de volgende regel is %2)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>entry %1 is not valid JSON: %2</source>
            <translation>regel %1 is geen geldige JSON: %2</translation>
        </message>
        <message>
            <location line="+13" />
            <source>entry %1 was changed: its fields no longer match what was signed</source>
            <translation>regel %1 is gewijzigd: de velden komen niet meer overeen met wat is vastgelegd</translation>
        </message>
        <message>
            <location line="+8" />
            <source>entry %1 does not follow entry %2 (previous hash differs)</source>
            <translation>regel %1 sluit niet aan op regel %2 (de vorige hash wijkt af)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>entry %1 was changed: its hash does not match its content</source>
            <translation>regel %1 is gewijzigd: de hash past niet bij de inhoud</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Cannot write %1: %2</source>
            <translation>Kan %1 niet schrijven: %2</translation>
        </message>
    </context>
    <context>
        <name>CampaignSeriesModel</name>
        <message>
            <location filename="../models/CampaignSeriesModel.cpp" line="+75" />
            <source>Day</source>
            <translation>Dag</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Spend</source>
            <translation>Uitgaven</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Revenue</source>
            <translation>Omzet</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ROAS</source>
            <translation>ROAS</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Target</source>
            <translation>Doel</translation>
        </message>
    </context>
    <context>
        <name>CampaignsModel</name>
        <message>
            <location filename="../models/CampaignsModel.cpp" line="+76" />
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Platform</source>
            <translation>Platform</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Budget / day</source>
            <translation>Budget / dag</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Spend (%n d)</source>
            <translation>
                <numerusform>Uitgaven (%n d)</numerusform>
                <numerusform>Uitgaven (%n d)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Revenue (%n d)</source>
            <translation>
                <numerusform>Omzet (%n d)</numerusform>
                <numerusform>Omzet (%n d)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>ROAS</source>
            <comment>return on ad spend</comment>
            <translation>ROAS</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Target ROAS</source>
            <translation>Doel-ROAS</translation>
        </message>
        <message>
            <location line="+91" />
            <source>Active</source>
            <translation>Actief</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paused</source>
            <translation>Gepauzeerd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Learning</source>
            <translation>Leerfase</translation>
        </message>
    </context>
    <context>
        <name>CampaignsPane</name>
        <message>
            <location filename="../ui/panes/CampaignsPane.cpp" line="+31" />
            <source>Campaigns</source>
            <translation>Campagnes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spend, revenue and return on ad spend per campaign. Red ROAS is below the campaign's target.</source>
            <translation>Uitgaven, omzet en rendement op advertentie-uitgaven (ROAS) per campagne. Een rode ROAS ligt onder het doel van de campagne.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search campaigns…</source>
            <translation>Campagnes zoeken…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>All platforms</source>
            <translation>Alle platforms</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Last %n days</source>
            <translation>
                <numerusform>Laatste %n dag</numerusform>
                <numerusform>Laatste %n dagen</numerusform>
            </translation>
        </message>
        <message>
            <location line="+24" />
            <source>No campaigns yet</source>
            <translation>Nog geen campagnes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Campaigns appear when the Campaign Manager launches one or when you import ad platform reports.</source>
            <translation>Campagnes verschijnen zodra de Campaign Manager er een start of wanneer je rapporten van een advertentieplatform importeert.</translation>
        </message>
        <message>
            <location line="+40" />
            <source>%1 · ROAS per day</source>
            <translation>%1 · ROAS per dag</translation>
        </message>
    </context>
    <context>
        <name>Cluster</name>
        <message>
            <location filename="../services/agents/Cluster.cpp" line="+18" />
            <source>Executive</source>
            <translation>Directie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Marketing</source>
            <translation>Marketing</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Customer service</source>
            <translation>Klantenservice</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Finance</source>
            <translation>Financiën</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Running</source>
            <translation>Actief</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Idle</source>
            <translation>Stand-by</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paused</source>
            <translation>Gepauzeerd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Error</source>
            <translation>Fout</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
    </context>
    <context>
        <name>ClusterHealthModel</name>
        <message>
            <location filename="../models/ClusterHealthModel.cpp" line="+72" />
            <source>%1 of %2 agents healthy</source>
            <translation>%1 van %2 agents gezond</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <location filename="../app/CommandLine.cpp" line="+25" />
            <source>Quorum: a command center for running an online shop with AI agents under human control.

Commands:
  (none)          open the desktop application
  run-pipeline    run the product pipeline without a window and print a summary</source>
            <translation>Quorum: een commandocentrum om een webwinkel te runnen met AI-agents onder menselijk toezicht.

Opdrachten:
  (geen)          de desktoptoepassing openen
  run-pipeline    de productpijplijn zonder venster uitvoeren en een samenvatting tonen</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Show this help and exit.</source>
            <translation>Deze hulp tonen en afsluiten.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show the version and exit.</source>
            <translation>De versie tonen en afsluiten.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the workspace in folder &lt;dir&gt; (created if missing).</source>
            <translation>De werkruimte in map &lt;map&gt; openen (wordt aangemaakt als die ontbreekt).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>dir</source>
            <translation>map</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the demo workspace, creating and filling it if needed.</source>
            <translation>De demowerkruimte openen; die wordt zo nodig aangemaakt en gevuld.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>User interface language: en or nl (default: the system language).</source>
            <translation>Taal van de gebruikersinterface: en of nl (standaard: de systeemtaal).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>code</source>
            <translation>code</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Log detail: %1 (default: info).</source>
            <translation>Detailniveau van het logboek: %1 (standaard: info).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>level</source>
            <translation>niveau</translation>
        </message>
        <message>
            <location line="+2" />
            <source>run-pipeline: import this Shopify or WooCommerce CSV first.</source>
            <translation>run-pipeline: eerst deze Shopify- of WooCommerce-CSV importeren.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>file</source>
            <translation>bestand</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Optional command: run-pipeline.</source>
            <translation>Optionele opdracht: run-pipeline.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Unsupported language “%1”: use en or nl.</source>
            <translation>Taal „%1” wordt niet ondersteund: gebruik en of nl.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unknown log level “%1”: use one of %2.</source>
            <translation>Onbekend logniveau „%1”: gebruik een van %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--workspace needs a folder.</source>
            <translation>--workspace heeft een map nodig.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Too many arguments: %1</source>
            <translation>Te veel argumenten: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown command “%1”. The only command is run-pipeline.</source>
            <translation>Onbekende opdracht „%1”. De enige opdracht is run-pipeline.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>run-pipeline needs --workspace DIR (or --demo).</source>
            <translation>run-pipeline heeft --workspace MAP (of --demo) nodig.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The file to import does not exist: %1</source>
            <translation>Het te importeren bestand bestaat niet: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--import is only used with run-pipeline.</source>
            <translation>--import wordt alleen samen met run-pipeline gebruikt.</translation>
        </message>
        <message>
            <location filename="../app/main.cpp" line="+50" />
            <source>Run “quorum --help” to see the options.</source>
            <translation>Voer „quorum --help” uit om de opties te zien.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>run-pipeline is not available in this build yet.</source>
            <translation>run-pipeline is in deze build nog niet beschikbaar.</translation>
        </message>
    </context>
    <context>
        <name>DashboardPane</name>
        <message>
            <location filename="../ui/panes/DashboardPane.cpp" line="+48" />
            <source>Command center</source>
            <translation>Commandocentrum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Today at a glance: what the agents did on their own, what waits for you, and how healthy the clusters are.</source>
            <translation>Vandaag in één oogopslag: wat de agents zelf deden, wat op jou wacht en hoe gezond de clusters zijn.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Press Enter on “Pending approvals” to open the queue</source>
            <translation>Druk op Enter bij „Wachtende goedkeuringen” om de wachtrij te openen</translation>
        </message>
        <message>
            <location line="+26" />
            <source>No autonomous actions yet</source>
            <translation>Nog geen zelfstandige acties</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Low- and medium-risk actions that agents run on their own appear here, with the rule that allowed them.</source>
            <translation>Acties met een laag of gemiddeld risico die agents zelf uitvoeren, verschijnen hier, met de regel die ze toestond.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Pipeline by stage</source>
            <translation>Pijplijn per fase</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Recent autonomous actions</source>
            <translation>Recente zelfstandige acties</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Cluster health</source>
            <translation>Gezondheid van de clusters</translation>
        </message>
    </context>
    <context>
        <name>DemoSeeder</name>
        <message>
            <location filename="../services/demo/DemoSeeder.cpp" line="+259" />
            <source>Shop now</source>
            <translation>Nu kopen</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Cannot write the demo site %1: %2</source>
            <translation>Kan de demosite %1 niet schrijven: %2</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The demo data file is missing from this build.</source>
            <translation>Het bestand met demogegevens ontbreekt in deze build.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The demo data file is damaged: %1</source>
            <translation>Het bestand met demogegevens is beschadigd: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This workspace already holds products; demo data is only added to an empty workspace.</source>
            <translation>Deze werkruimte bevat al producten; demogegevens worden alleen aan een lege werkruimte toegevoegd.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Writing the demo data failed: %1</source>
            <translation>Het schrijven van de demogegevens is mislukt: %1</translation>
        </message>
        <message>
            <location line="+40" />
            <source>%1 holds a real workspace, not demo data; it was left untouched.</source>
            <translation>%1 bevat een echte werkruimte, geen demogegevens; er is niets aan veranderd.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot remove %1.</source>
            <translation>Kan %1 niet verwijderen.</translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message numerus="yes">
            <location filename="../models/Format.cpp" line="+20" />
            <source>%n s</source>
            <translation>
                <numerusform>%n s</numerusform>
                <numerusform>%n s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n h</source>
            <translation>
                <numerusform>%n u</numerusform>
                <numerusform>%n u</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 h %2 min</source>
            <translation>%1 u %2 min</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n d</source>
            <translation>
                <numerusform>%n d</numerusform>
                <numerusform>%n d</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 d %2 h</source>
            <translation>%1 d %2 u</translation>
        </message>
        <message>
            <location line="+7" />
            <source>overdue by %1</source>
            <translation>%1 over tijd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>in %1</source>
            <translation>over %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>just now</source>
            <translation>zojuist</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 ago</source>
            <translation>%1 geleden</translation>
        </message>
    </context>
    <context>
        <name>HttpClient</name>
        <message>
            <location filename="../services/net/HttpClient.cpp" line="+63" />
            <source>the request took longer than its deadline</source>
            <translation>het verzoek duurde langer dan de ingestelde tijd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the server stopped sending data</source>
            <translation>de server stuurt geen gegevens meer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the connection was refused: nothing is listening at that address</source>
            <translation>de verbinding werd geweigerd: op dat adres luistert niets</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the host name could not be found (DNS)</source>
            <translation>de hostnaam is niet gevonden (DNS)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the server closed the connection before the answer was complete</source>
            <translation>de server verbrak de verbinding voordat het antwoord compleet was</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the secure connection failed: %1</source>
            <translation>de beveiligde verbinding is mislukt: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the answer was larger than allowed</source>
            <translation>het antwoord was groter dan toegestaan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>too many or unsafe redirects</source>
            <translation>te veel of onveilige doorverwijzingen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the request was canceled</source>
            <translation>het verzoek is geannuleerd</translation>
        </message>
        <message>
            <location line="+77" />
            <source>not an http(s) address: %1</source>
            <translation>geen http(s)-adres: %1</translation>
        </message>
    </context>
    <context>
        <name>ImageClient</name>
        <message>
            <location filename="../services/llm/ImageClient.cpp" line="+76" />
            <source>the image answer could not be read: %1</source>
            <translation>het antwoord met de afbeelding kon niet worden gelezen: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the image answer did not contain a PNG image</source>
            <translation>het antwoord bevatte geen PNG-afbeelding</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Cannot save the image to %1: %2</source>
            <translation>Kan de afbeelding niet opslaan in %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Json</name>
        <message>
            <location filename="../services/core/Json.cpp" line="+15" />
            <source>the body is empty</source>
            <translation>de inhoud is leeg</translation>
        </message>
        <message>
            <location line="+11" />
            <source>not JSON: the body starts with “%1”</source>
            <translation>geen JSON: de inhoud begint met „%1”</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the JSON ends early (%1 bytes): the response was cut off</source>
            <translation>de JSON houdt te vroeg op (%1 bytes): het antwoord is afgebroken</translation>
        </message>
        <message>
            <location line="+3" />
            <source>malformed JSON at byte %1: %2</source>
            <translation>ongeldige JSON bij byte %1: %2</translation>
        </message>
        <message>
            <location line="+15" />
            <source>expected a JSON object</source>
            <translation>een JSON-object verwacht</translation>
        </message>
    </context>
    <context>
        <name>JsonSchema</name>
        <message>
            <location filename="../services/llm/JsonSchema.cpp" line="+58" />
            <source>expected %1, got %2</source>
            <translation>%1 verwacht, %2 gekregen</translation>
        </message>
        <message>
            <location line="+8" />
            <source>must be one of %1</source>
            <translation>moet een van %1 zijn</translation>
        </message>
        <message>
            <location line="+7" />
            <source>is %1 characters, shorter than the minimum %2</source>
            <translation>is %1 tekens, korter dan het minimum van %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>is %1 characters, longer than the maximum %2</source>
            <translation>is %1 tekens, langer dan het maximum van %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 is below the minimum %2</source>
            <translation>%1 ligt onder het minimum %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is above the maximum %2</source>
            <translation>%1 ligt boven het maximum %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>has %1 items, fewer than the minimum %2</source>
            <translation>heeft %1 onderdelen, minder dan het minimum van %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>has %1 items, more than the maximum %2</source>
            <translation>heeft %1 onderdelen, meer dan het maximum van %2</translation>
        </message>
        <message>
            <location line="+15" />
            <source>is required but missing</source>
            <translation>is verplicht maar ontbreekt</translation>
        </message>
        <message>
            <location line="+7" />
            <source>is not allowed here</source>
            <translation>is hier niet toegestaan</translation>
        </message>
    </context>
    <context>
        <name>KpiModel</name>
        <message>
            <location filename="../models/KpiModel.cpp" line="+89" />
            <source>Revenue today</source>
            <translation>Omzet vandaag</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Profit today</source>
            <translation>Winst vandaag</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pending approvals</source>
            <translation>Wachtende goedkeuringen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Auto-executed (24 h)</source>
            <translation>Zelf uitgevoerd (24 u)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>AI spend today</source>
            <translation>AI-kosten vandaag</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Nothing waiting</source>
            <translation>Niets wachtend</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Waiting for a decision</source>
            <translation>Wacht op een beslissing</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Same as yesterday</source>
            <translation>Gelijk aan gisteren</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Yesterday: none</source>
            <translation>Gisteren: geen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1%2 % vs yesterday</source>
            <translation>%1%2 % t.o.v. gisteren</translation>
        </message>
    </context>
    <context>
        <name>Llm</name>
        <message>
            <location filename="../services/llm/LlmTypes.cpp" line="+27" />
            <source>OpenAI-compatible (OpenAI, Ollama /v1, vLLM, LM Studio, llama.cpp)</source>
            <translation>OpenAI-compatibel (OpenAI, Ollama /v1, vLLM, LM Studio, llama.cpp)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Anthropic Messages</source>
            <translation>Anthropic Messages</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Google Gemini</source>
            <translation>Google Gemini</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ollama (native /api/chat)</source>
            <translation>Ollama (eigen /api/chat)</translation>
        </message>
    </context>
    <context>
        <name>LlmClient</name>
        <message>
            <location filename="../services/llm/LlmClient.cpp" line="+59" />
            <source>No AI provider is configured for %1. Add one in Settings → Providers.</source>
            <translation>Er is geen AI-aanbieder ingesteld voor %1. Voeg er een toe via Instellingen → Aanbieders.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>The provider %1 is not set up correctly (kind, address or model).</source>
            <translation>De aanbieder %1 is niet goed ingesteld (soort, adres of model).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+69" />
            <source>the model's answer is not JSON: %1</source>
            <translation>het antwoord van het model is geen JSON: %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>the model's answer does not match the schema: %1</source>
            <translation>het antwoord van het model past niet bij het schema: %1</translation>
        </message>
    </context>
    <context>
        <name>LlmProvider</name>
        <message>
            <location filename="../services/llm/AnthropicProvider.cpp" line="+67" />
            <location filename="../services/llm/GeminiProvider.cpp" line="+38" />
            <location filename="../services/llm/OllamaProvider.cpp" line="+42" />
            <location filename="../services/llm/OpenAiChatProvider.cpp" line="+45" />
            <source>the stream ended before the answer was complete</source>
            <translation>de stroom stopte voordat het antwoord compleet was</translation>
        </message>
        <message>
            <location line="+132" />
            <source>the model declined to answer</source>
            <translation>het model weigerde te antwoorden</translation>
        </message>
        <message>
            <location filename="../services/llm/GeminiProvider.cpp" line="+147" />
            <source>the answer has no candidates</source>
            <translation>het antwoord bevat geen kandidaten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the prompt was blocked (%1)</source>
            <translation>de prompt werd tegengehouden (%1)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the answer was withheld (%1)</source>
            <translation>het antwoord werd achtergehouden (%1)</translation>
        </message>
        <message>
            <location filename="../services/llm/LlmProvider.cpp" line="+61" />
            <source>Check the API key in Settings → Providers.</source>
            <translation>Controleer de API-sleutel via Instellingen → Aanbieders.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The key may not use this model or endpoint.</source>
            <translation>De sleutel mag dit model of dit adres niet gebruiken.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The account's quota or spend limit is used up; top it up or raise the limit. Quorum does not retry this.</source>
            <translation>Het tegoed of de uitgavenlimiet van het account is op; vul het aan of verhoog de limiet. Quorum probeert dit niet opnieuw.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Check the model name and the base URL.</source>
            <translation>Controleer de modelnaam en het basisadres.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Quorum slows down and retries.</source>
            <translation>Quorum doet het rustiger aan en probeert het opnieuw.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The provider is overloaded; Quorum retries later.</source>
            <translation>De aanbieder is overbelast; Quorum probeert het later opnieuw.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 sent an answer Quorum could not read: %2</source>
            <translation>%1 stuurde een antwoord dat Quorum niet kon lezen: %2</translation>
        </message>
        <message>
            <location filename="../services/llm/OpenAiChatProvider.cpp" line="+144" />
            <source>the answer has no choices</source>
            <translation>het antwoord bevat geen keuzes</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the model refused: %1</source>
            <translation>het model weigerde: %1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/MainWindow.cpp" line="+49" />
            <source>%1 — Quorum (demo)</source>
            <translation>%1 — Quorum (demo)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 — Quorum</source>
            <translation>%1 — Quorum</translation>
        </message>
        <message>
            <location line="+39" />
            <source>&lt;b&gt;Demo workspace.&lt;/b&gt; Sample shop data; a local sandbox stands in for your stores and AI providers, so nothing here reaches a real shop or costs money.</source>
            <translation>&lt;b&gt;Demowerkruimte.&lt;/b&gt; Voorbeeldgegevens van een winkel; een lokale sandbox speelt je winkels en AI-aanbieders na, dus niets hiervan bereikt een echte winkel of kost geld.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Create your own workspace…</source>
            <translation>Eigen werkruimte maken…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New workspace…</source>
            <translation>&amp;Nieuwe werkruimte…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Open workspace…</source>
            <translation>Werkruimte &amp;openen…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the &amp;demo workspace</source>
            <translation>&amp;Demowerkruimte openen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show workspace &amp;folder</source>
            <translation>Werkruimte&amp;map tonen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;View</source>
            <translation>Beel&amp;d</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Dashboard</source>
            <translation>&amp;Dashboard</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Pipeline</source>
            <translation>&amp;Pijplijn</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Approvals</source>
            <translation>&amp;Goedkeuringen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A&amp;gents</source>
            <translation>&amp;Agents</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Campaigns</source>
            <translation>&amp;Campagnes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Sites</source>
            <translation>&amp;Sites</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About Quorum</source>
            <translation>&amp;Over Quorum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About Quorum</source>
            <translation>Over Quorum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;h3&gt;Quorum %1&lt;/h3&gt;&lt;p&gt;A command center for running an online shop with AI agents under human control. Nothing ships unless a quorum agrees: two models, then, when the risk is high, a person.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Quorum %1&lt;/h3&gt;&lt;p&gt;Een commandocentrum om een webwinkel te runnen met AI-agents onder menselijk toezicht. Niets gaat live zonder quorum: eerst twee modellen, en als het risico hoog is ook een mens.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MetaAdsClient</name>
        <message>
            <location filename="../services/commerce/MetaAdsClient.cpp" line="+52" />
            <source>the answer could not be read: %1</source>
            <translation>het antwoord kon niet worden gelezen: %1</translation>
        </message>
    </context>
    <context>
        <name>Migrator</name>
        <message>
            <location filename="../services/storage/Migrator.cpp" line="+102" />
            <source>This workspace was written by a newer version of Quorum (schema %1; this version knows up to %2). Update Quorum to open it.</source>
            <translation>Deze werkruimte is geschreven door een nieuwere versie van Quorum (schema %1; deze versie kent tot en met %2). Werk Quorum bij om haar te openen.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Upgrading the workspace database failed: %1</source>
            <translation>Het bijwerken van de werkruimtedatabase is mislukt: %1</translation>
        </message>
    </context>
    <context>
        <name>NavigationBar</name>
        <message>
            <location filename="../ui/NavigationBar.cpp" line="+101" />
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pipeline</source>
            <translation>Pijplijn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approvals</source>
            <translation>Goedkeuringen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agents</source>
            <translation>Agents</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Campaigns</source>
            <translation>Campagnes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sites</source>
            <translation>Sites</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+36" />
            <source>%1
Demo data</source>
            <translation>%1
Demogegevens</translation>
        </message>
    </context>
    <context>
        <name>PipelinePane</name>
        <message>
            <location filename="../ui/panes/PipelinePane.cpp" line="+31" />
            <source>Pipeline</source>
            <translation>Pijplijn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every product from facts to live listing: its stage, how often it was generated, what the reviewer scored and what the AI cost so far.</source>
            <translation>Elk product van feiten tot live productpagina: de fase, hoe vaak het is gegenereerd, welke score de beoordelaar gaf en wat de AI tot nu toe kostte.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Search name, SKU or category…</source>
            <translation>Zoek op naam, SKU of categorie…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>All stages</source>
            <translation>Alle fasen</translation>
        </message>
        <message>
            <location line="+39" />
            <source>No products yet</source>
            <translation>Nog geen producten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a product by hand or import the CSV export of your Shopify or WooCommerce store. Quorum writes the listing, has a second model check it, and asks you when it matters.</source>
            <translation>Voeg zelf een product toe of importeer de CSV-export van je Shopify- of WooCommerce-winkel. Quorum schrijft de productpagina, laat een tweede model die controleren en vraagt het jou wanneer het ertoe doet.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No product matches</source>
            <translation>Geen product gevonden</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Clear the search or pick another stage or category.</source>
            <translation>Wis de zoekopdracht of kies een andere fase of categorie.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>All categories</source>
            <translation>Alle categorieën</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>%n product(s)</source>
            <translation>
                <numerusform>%n product</numerusform>
                <numerusform>%n producten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Platform</name>
        <message>
            <location filename="../models/CampaignsModel.cpp" line="-150" />
            <source>Meta</source>
            <translation>Meta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Google Ads</source>
            <translation>Google Ads</translation>
        </message>
        <message>
            <location line="+2" />
            <source>TikTok</source>
            <translation>TikTok</translation>
        </message>
    </context>
    <context>
        <name>Priority</name>
        <message>
            <location filename="../services/approvals/ApprovalTypes.cpp" line="+13" />
            <source>Low</source>
            <translation>Laag</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Normal</source>
            <translation>Normaal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>High</source>
            <translation>Hoog</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Urgent</source>
            <translation>Dringend</translation>
        </message>
    </context>
    <context>
        <name>ProductStage</name>
        <message>
            <location filename="../services/pipeline/ProductStage.cpp" line="+22" />
            <source>Draft</source>
            <translation>Concept</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enhancing</source>
            <translation>Wordt geschreven</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Validating</source>
            <translation>Wordt gecontroleerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needs review</source>
            <translation>Beoordeling nodig</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ready</source>
            <translation>Gereed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Awaiting approval</source>
            <translation>Wacht op goedkeuring</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approved</source>
            <translation>Goedgekeurd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Publishing</source>
            <translation>Wordt gepubliceerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Published</source>
            <translation>Gepubliceerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Promoting</source>
            <translation>Wordt gepromoot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Live</source>
            <translation>Live</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed</source>
            <translation>Mislukt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Escalated</source>
            <translation>Geëscaleerd</translation>
        </message>
    </context>
    <context>
        <name>ProductsModel</name>
        <message>
            <location filename="../models/ProductsModel.cpp" line="+63" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Price</source>
            <translation>Prijs</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stage</source>
            <translation>Fase</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Progress</source>
            <translation>Voortgang</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Attempts</source>
            <translation>Pogingen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Quality</source>
            <comment>score given by the reviewer model</comment>
            <translation>Kwaliteit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SEO</source>
            <comment>search engine optimisation score</comment>
            <translation>SEO</translation>
        </message>
        <message>
            <location line="+2" />
            <source>AI cost</source>
            <translation>AI-kosten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Updated</source>
            <translation>Bijgewerkt</translation>
        </message>
        <message>
            <location line="+126" />
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
    </context>
    <context>
        <name>ProposalStatus</name>
        <message>
            <location filename="../services/approvals/ApprovalTypes.cpp" line="-68" />
            <source>Pending</source>
            <translation>In afwachting</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Approved</source>
            <translation>Goedgekeurd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rejected</source>
            <translation>Afgewezen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Expired</source>
            <translation>Verlopen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Auto-approved</source>
            <translation>Automatisch goedgekeurd</translation>
        </message>
    </context>
    <context>
        <name>RestClient</name>
        <message>
            <location filename="../services/commerce/RestClient.cpp" line="+59" />
            <source>the answer could not be read: %1</source>
            <translation>het antwoord kon niet worden gelezen: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the server answered with a web page (HTTP %1) instead of the API; a firewall, a security plugin or a wrong address may be in the way</source>
            <translation>de server antwoordde met een webpagina (HTTP %1) in plaats van de API; mogelijk zit een firewall, een beveiligingsplug-in of een verkeerd adres in de weg</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+8" />
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
    </context>
    <context>
        <name>Risk</name>
        <message>
            <location filename="../services/approvals/ApprovalTypes.cpp" line="-42" />
            <source>Low</source>
            <translation>Laag</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Medium</source>
            <translation>Gemiddeld</translation>
        </message>
        <message>
            <location line="+2" />
            <source>High</source>
            <translation>Hoog</translation>
        </message>
    </context>
    <context>
        <name>RoasChart</name>
        <message>
            <location filename="../ui/panes/RoasChart.cpp" line="+45" />
            <source>Select a campaign to see its ROAS over time.</source>
            <translation>Kies een campagne om het ROAS-verloop te zien.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>ROAS</source>
            <translation>ROAS</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Target</source>
            <translation>Doel</translation>
        </message>
        <message>
            <location line="+16" />
            <source>ROAS (revenue ÷ ad spend)</source>
            <translation>ROAS (omzet ÷ advertentie-uitgaven)</translation>
        </message>
    </context>
    <context>
        <name>SecretCache</name>
        <message>
            <location filename="../services/secrets/SecretCache.cpp" line="+19" />
            <source>The environment variable %1 is not set.</source>
            <translation>De omgevingsvariabele %1 is niet ingesteld.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The secret %1 is not available: it is not in the system keychain, or the keychain is locked.</source>
            <translation>Het geheim %1 is niet beschikbaar: het staat niet in de sleutelbos van het systeem, of de sleutelbos is vergrendeld.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unknown kind of secret reference: %1</source>
            <translation>Onbekend soort verwijzing naar een geheim: %1</translation>
        </message>
    </context>
    <context>
        <name>ShopifyClient</name>
        <message>
            <location filename="../services/commerce/ShopifyClient.cpp" line="+57" />
            <source>no Admin API at this address (check the shop domain and API version)</source>
            <translation>geen Admin API op dit adres (controleer het winkeldomein en de API-versie)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the answer could not be read: %1</source>
            <translation>het antwoord kon niet worden gelezen: %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>throttled by the store's API rate limit; Quorum waits and retries</source>
            <translation>afgeremd door de API-limiet van de winkel; Quorum wacht en probeert het opnieuw</translation>
        </message>
    </context>
    <context>
        <name>SiteCardDelegate</name>
        <message>
            <location filename="../ui/delegates/SiteCardDelegate.cpp" line="+72" />
            <source>Published</source>
            <translation>Gepubliceerd</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Draft</source>
            <translation>Concept</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Not published yet</source>
            <translation>Nog niet gepubliceerd</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Features %1</source>
            <translation>Met %1</translation>
        </message>
    </context>
    <context>
        <name>SitesPane</name>
        <message>
            <location filename="../ui/panes/SitesPane.cpp" line="+27" />
            <source>Sites</source>
            <translation>Sites</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Landing pages and collections generated from your products. Press Enter or double-click a card to open the page.</source>
            <translation>Landingspagina’s en collecties die uit je producten zijn gegenereerd. Druk op Enter of dubbelklik op een kaart om de pagina te openen.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Search sites…</source>
            <translation>Sites zoeken…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>All sites</source>
            <translation>Alle sites</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Published</source>
            <translation>Gepubliceerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drafts</source>
            <translation>Concepten</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Open page</source>
            <translation>Pagina openen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No sites generated yet</source>
            <translation>Nog geen sites gegenereerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When a product is ready, Quorum can generate a landing page for it in your brand's palette.</source>
            <translation>Zodra een product gereed is, kan Quorum er een landingspagina voor maken in de kleuren van je merk.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No site matches</source>
            <translation>Geen site gevonden</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Clear the search or show all sites.</source>
            <translation>Wis de zoekopdracht of toon alle sites.</translation>
        </message>
    </context>
    <context>
        <name>SpendGuard</name>
        <message>
            <location filename="../services/llm/Pricing.cpp" line="+162" />
            <source>Today's AI budget of $%1 would be exceeded: $%2 spent, $%3 reserved by running calls, this call may cost up to $%4. Raise the budget in Settings or wait until tomorrow.</source>
            <translation>Het AI-budget van vandaag ($%1) zou worden overschreden: $%2 uitgegeven, $%3 gereserveerd door lopende aanroepen, deze aanroep kan tot $%4 kosten. Verhoog het budget in Instellingen of wacht tot morgen.</translation>
        </message>
    </context>
    <context>
        <name>StageSummaryModel</name>
        <message>
            <location filename="../models/StageSummaryModel.cpp" line="+14" />
            <source>Waiting for you</source>
            <translation>Wacht op jou</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Being written and checked</source>
            <translation>Wordt geschreven en gecontroleerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ready to publish</source>
            <translation>Klaar om te publiceren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Published and live</source>
            <translation>Gepubliceerd en live</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drafts</source>
            <translation>Concepten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed</source>
            <translation>Mislukt</translation>
        </message>
        <message numerus="yes">
            <location line="+46" />
            <source>%n product(s)</source>
            <translation>
                <numerusform>%n product</numerusform>
                <numerusform>%n producten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <location filename="../ui/dialogs/WelcomeDialog.cpp" line="+15" />
            <location line="+4" />
            <source>Welcome to Quorum</source>
            <translation>Welkom bij Quorum</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Quorum runs your shop's listings, campaigns and agents, and asks you when it matters. A workspace is a folder that keeps your products, decisions and generated sites.</source>
            <translation>Quorum beheert de productpagina’s, campagnes en agents van je winkel en vraagt het jou wanneer het ertoe doet. Een werkruimte is een map met je producten, beslissingen en gegenereerde sites.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Explore the demo workspace</source>
            <translation>De demowerkruimte verkennen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A sample shop with products in every stage, approvals waiting and campaigns running.</source>
            <translation>Een voorbeeldwinkel met producten in elke fase, wachtende goedkeuringen en lopende campagnes.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Create a new workspace</source>
            <translation>Nieuwe werkruimte maken</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Start empty in a folder you choose.</source>
            <translation>Begin leeg in een map naar keuze.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open an existing workspace</source>
            <translation>Bestaande werkruimte openen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Pick a folder that holds quorum.db.</source>
            <translation>Kies een map met quorum.db.</translation>
        </message>
    </context>
    <context>
        <name>WooCommerceClient</name>
        <message>
            <location filename="../services/commerce/WooCommerceClient.cpp" line="+70" />
            <source>(the address does not serve the WooCommerce REST API: check the store URL and that WooCommerce is active)</source>
            <translation>(op dit adres draait geen WooCommerce REST API: controleer het winkeladres en of WooCommerce actief is)</translation>
        </message>
    </context>
    <context>
        <name>WordPressClient</name>
        <message>
            <location filename="../services/commerce/WordPressClient.cpp" line="+78" />
            <source>(WordPress did not see the credentials: the server may strip the Authorization header)</source>
            <translation>(WordPress zag geen inloggegevens: de server verwijdert mogelijk de Authorization-header)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>%1 does not look like a WordPress site: it announces no REST API (no Link rel="https://api.w.org/" header)</source>
            <translation>%1 lijkt geen WordPress-site: er wordt geen REST API aangekondigd (geen Link rel="https://api.w.org/"-header)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>the site answered HTTP %1</source>
            <translation>de site antwoordde met HTTP %1</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../services/storage/Workspace.cpp" line="+21" />
            <source>%1 is a file, not a folder. Choose a folder for the workspace.</source>
            <translation>%1 is een bestand, geen map. Kies een map voor de werkruimte.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot create the folder %1. Check that it is writable.</source>
            <translation>Kan de map %1 niet aanmaken. Controleer of je er mag schrijven.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Cannot open the workspace database %1: %2</source>
            <translation>Kan de werkruimtedatabase %1 niet openen: %2</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceStatusBar</name>
        <message>
            <location filename="../ui/WorkspaceStatusBar.cpp" line="+27" />
            <source>Workspace: %1 — demo data, served by the local sandbox</source>
            <translation>Werkruimte: %1 — demogegevens, geleverd door de lokale sandbox</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Workspace: %1</source>
            <translation>Werkruimte: %1</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n pending approval(s)</source>
            <translation>
                <numerusform>%n wachtende goedkeuring</numerusform>
                <numerusform>%n wachtende goedkeuringen</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the approvals queue (Ctrl+3)</source>
            <translation>De wachtrij met goedkeuringen openen (Ctrl+3)</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../app/main.cpp" line="+27" />
            <source>Quorum cannot start</source>
            <translation>Quorum kan niet starten</translation>
        </message>
    </context>
</TS>
