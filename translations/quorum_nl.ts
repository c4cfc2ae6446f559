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
            <location line="+2" />
            <source>Paused</source>
            <translation>Gepauzeerd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sent for content review</source>
            <translation>Ter contentbeoordeling voorgelegd</translation>
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
        <name>AddProductDialog</name>
        <message>
            <location filename="../ui/dialogs/AddProductDialog.cpp" line="+60" />
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Add a product</source>
            <translation>Product toevoegen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Merino Crew Sweater</source>
            <translation>Merino trui met ronde hals</translation>
        </message>
        <message>
            <location line="+3" />
            <source>One or two sentences of facts: what it is, what it is made of, what it is for.</source>
            <translation>Een of twee zinnen met feiten: wat het is, waarvan het gemaakt is, waarvoor het dient.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Optional: what it costs you</source>
            <translation>Optioneel: wat het jou kost</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Apparel, Home, …</source>
            <translation>Kleding, Wonen, …</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Drop image files here, or use Add images</source>
            <translation>Sleep afbeeldingen hierheen, of gebruik Afbeeldingen toevoegen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Optional, e.g. merino wool</source>
            <translation>Optioneel, bijv. merinowol</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Optional, e.g. S, M, L, XL</source>
            <translation>Optioneel, bijv. S, M, L, XL</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Optional, e.g. commuters who want one warm layer</source>
            <translation>Optioneel, bijv. forenzen die één warme laag willen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Optional: one web address per line</source>
            <translation>Optioneel: één webadres per regel</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Optional: how this product should sound, if not like the rest of the shop</source>
            <translation>Optioneel: hoe dit product moet klinken, als dat anders is dan de rest van de winkel</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Add images…</source>
            <translation>Afbeeldingen toevoegen…</translation>
        </message>
        <message>
            <location line="+30" />
            <source>&amp;Name</source>
            <translation>&amp;Naam</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Description</source>
            <translation>&amp;Omschrijving</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Price</source>
            <translation>&amp;Prijs</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;ost</source>
            <translation>&amp;Kostprijs</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Category</source>
            <translation>&amp;Categorie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Images</source>
            <translation>&amp;Afbeeldingen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Material</source>
            <translation>&amp;Materiaal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Si&amp;zes</source>
            <translation>&amp;Maten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Audience</source>
            <translation>&amp;Doelgroep</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compe&amp;titors</source>
            <translation>Con&amp;currenten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Brand &amp;voice</source>
            <translation>&amp;Merkstem</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add and run</source>
            <translation>Toevoegen en starten</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add the product and have the pipeline write its listing now (Ctrl+Enter)</source>
            <translation>Voeg het product toe en laat de pijplijn nu de productpagina schrijven (Ctrl+Enter)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add as draft</source>
            <translation>Als concept toevoegen</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Your unsaved product is back, as you left it. &lt;a href="discard"&gt;Start over&lt;/a&gt;</source>
            <translation>Je niet-opgeslagen product is terug, zoals je het achterliet. &lt;a href="discard"&gt;Opnieuw beginnen&lt;/a&gt;</translation>
        </message>
        <message>
            <location line="+80" />
            <source>Margin %1% (target %2%)</source>
            <translation>Marge %1% (doel %2%)</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Choose one to three images</source>
            <translation>Kies een tot drie afbeeldingen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Images (*.png *.jpg *.jpeg *.webp *.gif)</source>
            <translation>Afbeeldingen (*.png *.jpg *.jpeg *.webp *.gif)</translation>
        </message>
        <message>
            <location line="+69" />
            <source>“%1” is not an amount; write it like 89.00.</source>
            <translation>„%1” is geen bedrag; schrijf het als 89,00.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“%1” is not an amount; write it like 31.50.</source>
            <translation>„%1” is geen bedrag; schrijf het als 31,50.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 is not an image Quorum can read.</source>
            <translation>%1 is geen afbeelding die Quorum kan lezen.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Some fields need attention.</source>
            <translation>Enkele velden hebben aandacht nodig.</translation>
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
            <location filename="../ui/panes/AgentsPane.cpp" line="+25" />
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
        <message>
            <location line="+5" />
            <source>AI endpoints</source>
            <translation>AI-eindpunten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Self-healing at work: a breaker opens after repeated failures and lets one probe through when it may have recovered; the limit is what the provider accepts, found without tuning.</source>
            <translation>Zelfherstel aan het werk: een stroomonderbreker gaat open na herhaalde fouten en laat één testaanroep door zodra het eindpunt hersteld kan zijn; de limiet is wat de aanbieder aankan, gevonden zonder instellen.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>No calls yet: endpoints appear here once the workers have called them.</source>
            <translation>Nog geen aanroepen: eindpunten verschijnen hier zodra de workers ze hebben aangeroepen.</translation>
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
            <location line="+91" />
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
            <location filename="../app/Application.cpp" line="+169" />
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
        <name>BrandPage</name>
        <message>
            <location filename="../ui/settings/BrandPage.cpp" line="+30" />
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Warm, plain-spoken and precise. No superlatives, no hype.</source>
            <translation>Warm, eenvoudig en precies. Geen overtreffende trappen, geen hype.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>revolutionary, best-in-class, cheap</source>
            <translation>revolutionair, de allerbeste, goedkoop</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Free returns within 30 days</source>
            <translation>Gratis retour binnen 30 dagen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The language the listings are written in. The models are told; the checks work in any.</source>
            <translation>De taal waarin de productpagina’s worden geschreven. De modellen krijgen het te horen; de controles werken in elke taal.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Primary</source>
            <translation>Hoofdkleur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Background</source>
            <translation>Achtergrond</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accent</source>
            <translation>Accent</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Copy language</source>
            <translation>Taal van de teksten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Voice</source>
            <translation>Stem</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Never use</source>
            <translation>Nooit gebruiken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Always include</source>
            <translation>Altijd opnemen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Palette</source>
            <translation>Palet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Heading font</source>
            <translation>Lettertype koppen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Body font</source>
            <translation>Lettertype tekst</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Target margin</source>
            <translation>Doelmarge</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Words and phrases are separated by commas or new lines. Quorum puts them in every prompt and checks every piece for them: a banned word or a missing phrase fails the piece, whatever the models think.</source>
            <translation>Scheid woorden en zinnen met komma’s of nieuwe regels. Quorum zet ze in elke prompt en controleert elk stuk erop: een verboden woord of een ontbrekende zin laat het stuk zakken, wat de modellen er ook van vinden.</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Brand profile saved; the next pieces are written and checked with it.</source>
            <translation>Merkprofiel opgeslagen; de volgende stukken worden ermee geschreven en gecontroleerd.</translation>
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
        <name>CatalogImport</name>
        <message>
            <location filename="../services/pipeline/CatalogFormats.cpp" line="+89" />
            <source>Uncategorised</source>
            <translation>Zonder categorie</translation>
        </message>
        <message>
            <location line="+76" />
            <source>The file has no Variant Price column, so no product in it has a price.</source>
            <translation>Het bestand heeft geen kolom Variant Price, dus geen enkel product erin heeft een prijs.</translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+161" />
            <source>The row has %1 fields but the header has %2; a quote or delimiter is probably missing.</source>
            <translation>De rij heeft %1 velden maar de kopregel %2; er ontbreekt waarschijnlijk een aanhalingsteken of scheidingsteken.</translation>
        </message>
        <message>
            <location line="-152" />
            <source>The row has no Handle, so it belongs to no product.</source>
            <translation>De rij heeft geen Handle en hoort dus bij geen enkel product.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A second product row for handle “%1”; the one on line %2 is used.</source>
            <translation>Een tweede productrij voor handle „%1”; die op regel %2 wordt gebruikt.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Cost per item “%1” is not an amount; the cost is left empty.</source>
            <translation>Cost per item „%1” is geen bedrag; de kostprijs blijft leeg.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Handle “%1” has no row with a Title, so there is no product to add it to.</source>
            <translation>Handle „%1” heeft geen rij met een Title, dus er is geen product om dit aan toe te voegen.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Variant Price “%1” is not an amount.</source>
            <translation>Variant Price „%1” is geen bedrag.</translation>
        </message>
        <message>
            <location line="+91" />
            <source>The row has no Name.</source>
            <translation>De rij heeft geen naam.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Regular price “%1” is not an amount.</source>
            <translation>Reguliere prijs „%1” is geen bedrag.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>A variation of “%1”, which is not in the file.</source>
            <translation>Een variant van „%1”, dat niet in het bestand staat.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no parent</source>
            <translation>geen hoofdproduct</translation>
        </message>
        <message>
            <location filename="../services/pipeline/CatalogImport.cpp" line="+22" />
            <source>Shopify product export</source>
            <translation>Shopify-productexport</translation>
        </message>
        <message>
            <location line="+2" />
            <source>WooCommerce product export</source>
            <translation>WooCommerce-productexport</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unknown format</source>
            <translation>Onbekend formaat</translation>
        </message>
        <message>
            <location line="+70" />
            <source>This is not a Shopify or WooCommerce product export: it has neither Handle and Title columns (Shopify) nor Name and Regular price columns (WooCommerce). The columns found are: %1.</source>
            <translation>Dit is geen productexport van Shopify of WooCommerce: er zijn geen kolommen Handle en Title (Shopify) en ook geen Naam en Reguliere prijs (WooCommerce). Gevonden kolommen: %1.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>“%1” is not imported: %2</source>
            <translation>„%1” is niet geïmporteerd: %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(no name)</source>
            <translation>(geen naam)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>“%1” repeats a SKU or handle from earlier in the file; the first is used.</source>
            <translation>„%1” herhaalt een SKU of handle van eerder in het bestand; de eerste wordt gebruikt.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Cannot open %1: %2</source>
            <translation>Kan %1 niet openen: %2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 is larger than 200 MB; split the export into smaller files.</source>
            <translation>%1 is groter dan 200 MB; splits de export op in kleinere bestanden.</translation>
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
            <location filename="../app/main.cpp" line="+51" />
            <source>Run “quorum --help” to see the options.</source>
            <translation>Voer „quorum --help” uit om de opties te zien.</translation>
        </message>
    </context>
    <context>
        <name>ContentChecks</name>
        <message>
            <location filename="../services/pipeline/ContentChecks.cpp" line="+229" />
            <source>The text has %1 words; it needs at least %2.</source>
            <translation>De tekst heeft %1 woorden; er zijn er minstens %2 nodig.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The text has %1 words; it may have at most %2.</source>
            <translation>De tekst heeft %1 woorden; er mogen er hoogstens %2 zijn.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The %1 text has %2 characters; the platform allows %3.</source>
            <translation>De tekst voor %1 heeft %2 tekens; het platform staat er %3 toe.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The %1 post has %2 hashtags; the platform allows %3.</source>
            <translation>Het bericht voor %1 heeft %2 hashtags; het platform staat er %3 toe.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Uses “%1”, which the brand never uses.</source>
            <translation>Gebruikt „%1”, wat het merk nooit gebruikt.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Must contain the phrase “%1”.</source>
            <translation>Moet de zin „%1” bevatten.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>States “%1” in %2, but the product is priced in %3 (%4).</source>
            <translation>Noemt „%1” in %2, maar het product is geprijsd in %3 (%4).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>States the price as “%1”, but the facts say %2.</source>
            <translation>Noemt als prijs „%1”, maar volgens de feiten is het %2.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>States “%1”, which the product's facts do not give.</source>
            <translation>Noemt „%1”, wat niet in de feiten van het product staat.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Lists the size “%1”, but the product's facts list no sizes. Add the sizes to the product.</source>
            <translation>Noemt de maat „%1”, maar de feiten van het product noemen geen maten. Voeg de maten toe aan het product.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Lists the size “%1”; the product comes in %2.</source>
            <translation>Noemt de maat „%1”; het product is er in %2.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Mentions %1, which is not among the product's materials%2.</source>
            <translation>Noemt %1, dat niet tot de materialen van het product hoort%2.</translation>
        </message>
        <message>
            <location line="+5" />
            <source> (%1)</source>
            <translation> (%1)</translation>
        </message>
    </context>
    <context>
        <name>ContentHtml</name>
        <message>
            <location filename="../ui/panes/ContentHtml.cpp" line="+35" />
            <source>passed</source>
            <translation>geslaagd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>failed</source>
            <translation>afgekeurd</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No problems listed.</source>
            <translation>Geen problemen genoemd.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Fix:</source>
            <translation>Oplossing:</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The model's answer did not match the piece's schema; this is what it returned:</source>
            <translation>Het antwoord van het model paste niet in het schema van dit stuk; dit is wat het teruggaf:</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Writer</source>
            <translation>Schrijver</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edited by hand by &lt;b&gt;%1&lt;/b&gt;, %2.</source>
            <translation>Met de hand bewerkt door &lt;b&gt;%1&lt;/b&gt;, %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Attempt %1 of run %2, %3.</source>
            <translation>Poging %1 van ronde %2, %3.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Prompt template version %1.</source>
            <translation>Promptsjabloon versie %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quorum's default prompt template.</source>
            <translation>Het standaardpromptsjabloon van Quorum.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Instruction:</source>
            <translation>Instructie:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Schema</source>
            <translation>Schema</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Deterministic checks</source>
            <translation>Vaste controles</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lengths, counts, words and facts agree.</source>
            <translation>Lengtes, aantallen, woorden en feiten kloppen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Answer to the review</source>
            <translation>Antwoord op de beoordeling</translation>
        </message>
        <message>
            <location line="+2" />
            <source>agrees the piece stands</source>
            <translation>vindt dat het stuk kan blijven</translation>
        </message>
        <message>
            <location line="+2" />
            <source>agrees it needs a new version</source>
            <translation>vindt dat er een nieuwe versie nodig is</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Reviewer</source>
            <translation>Beoordelaar</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not sent to the reviewer: the deterministic checks failed first.</source>
            <translation>Niet naar de beoordelaar gestuurd: de vaste controles keurden het eerst al af.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not reviewed yet.</source>
            <translation>Nog niet beoordeeld.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Problems</source>
            <translation>Problemen</translation>
        </message>
    </context>
    <context>
        <name>ContentSpec</name>
        <message>
            <location filename="../services/pipeline/ContentSpec.cpp" line="+136" />
            <source>Long description</source>
            <translation>Lange omschrijving</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SEO title and meta</source>
            <translation>SEO-titel en meta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Size guide</source>
            <translation>Maattabel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Care instructions</source>
            <translation>Onderhoudsadvies</translation>
        </message>
        <message>
            <location line="+2" />
            <source>FAQ</source>
            <translation>Veelgestelde vragen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Social captions</source>
            <translation>Socialemediateksten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Email announcement</source>
            <translation>Aankondiging per e-mail</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Blog post draft</source>
            <translation>Concept-blogbericht</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Quality</source>
            <translation>Kwaliteit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SEO</source>
            <translation>SEO</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Brand voice</source>
            <translation>Merkstem</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Factual accuracy</source>
            <translation>Feitelijke juistheid</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Compliance</source>
            <translation>Naleving</translation>
        </message>
    </context>
    <context>
        <name>ContentStore</name>
        <message>
            <location filename="../services/pipeline/ContentStore.cpp" line="+17" />
            <source>Not written yet</source>
            <translation>Nog niet geschreven</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Queued</source>
            <translation>In de wachtrij</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Writing</source>
            <translation>Wordt geschreven</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Under review</source>
            <translation>Wordt beoordeeld</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Checking your edit</source>
            <translation>Je bewerking wordt gecontroleerd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Accepted</source>
            <translation>Geaccepteerd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Needs review</source>
            <translation>Beoordeling nodig</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Failed</source>
            <translation>Mislukt</translation>
        </message>
    </context>
    <context>
        <name>Csv</name>
        <message>
            <location filename="../services/pipeline/CsvReader.cpp" line="+37" />
            <source>The file is not UTF-8; it was read as Latin-1 (ISO 8859-1). Check accented letters in the preview.</source>
            <translation>Het bestand is geen UTF-8; het is gelezen als Latin-1 (ISO 8859-1). Controleer letters met accenten in het voorbeeld.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>The file is empty.</source>
            <translation>Het bestand is leeg.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This is not a CSV file (it contains binary data).</source>
            <translation>Dit is geen CSV-bestand (het bevat binaire gegevens).</translation>
        </message>
        <message>
            <location line="+62" />
            <source>A quoted field that starts on line %1 is never closed, so the file ends inside it. Everything from line %2 on was not read.</source>
            <translation>Een veld tussen aanhalingstekens dat op regel %1 begint, wordt nooit gesloten, dus het bestand eindigt erin. Alles vanaf regel %2 is niet gelezen.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The file has no header row.</source>
            <translation>Het bestand heeft geen kopregel.</translation>
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
            <location filename="../services/demo/DemoSeeder.cpp" line="+263" />
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
        <name>EditPieceDialog</name>
        <message>
            <location filename="../ui/dialogs/EditPieceDialog.cpp" line="+23" />
            <source>Edit %1</source>
            <translation>%1 bewerken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your edit is saved as a new version. Quorum checks it like the models' work (lengths, words and facts, then the reviewer) and shows you the verdict.</source>
            <translation>Je bewerking wordt als nieuwe versie opgeslagen. Quorum controleert haar net als het werk van de modellen (lengtes, woorden en feiten, daarna de beoordelaar) en toont je het oordeel.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Save as new version</source>
            <translation>Opslaan als nieuwe versie</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Not saved yet:
%1</source>
            <translation>Nog niet opgeslagen:
%1</translation>
        </message>
    </context>
    <context>
        <name>EndpointsModel</name>
        <message>
            <location filename="../models/EndpointsModel.cpp" line="+98" />
            <source>Open, calls resume %1</source>
            <translation>Open, aanroepen hervatten %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Half-open, one probe</source>
            <translation>Halfopen, één testaanroep</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closed (healthy)</source>
            <translation>Gesloten (gezond)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 of the last %2</source>
            <translation>%1 van de laatste %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 / %2 (%3 waiting)</source>
            <translation>%1 / %2 (%3 wachtend)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <location line="+12" />
            <source>AI endpoint</source>
            <translation>AI-eindpunt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Circuit breaker</source>
            <translation>Stroomonderbreker</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recent failures</source>
            <translation>Recente fouten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In flight / limit found</source>
            <translation>Onderweg / limiet</translation>
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
        <name>HeadlessRun</name>
        <message>
            <location filename="../app/HeadlessRun.cpp" line="+82" />
            <source>Cannot open the workspace %1: %2</source>
            <translation>Kan de werkruimte %1 niet openen: %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The pipeline is under an emergency stop. An owner resumes it in Quorum (Pipeline → Resume).</source>
            <translation>De pijplijn staat op noodstop. Een eigenaar hervat haar in Quorum (Pijplijn → Hervatten).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The pipeline is paused. Resume it in Quorum (Pipeline → Resume) and run again.</source>
            <translation>De pijplijn is gepauzeerd. Hervat haar in Quorum (Pijplijn → Hervatten) en start opnieuw.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Nothing to do: no product is in Draft and nothing is queued.</source>
            <translation>Niets te doen: geen product staat op Concept en er staat niets in de wachtrij.</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Running the pipeline for %n product(s) in %1</source>
            <translation>
                <numerusform>De pijplijn draait voor %n product in %1</numerusform>
                <numerusform>De pijplijn draait voor %n producten in %1</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Demo workspace: the AI providers are the sandbox at %1</source>
            <translation>Demowerkruimte: de AI-aanbieders zijn de sandbox op %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A worker cannot open the workspace: %1</source>
            <translation>Een worker kan de werkruimte niet openen: %1</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The import was not written: %1</source>
            <translation>De import is niet weggeschreven: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Imported %1: %2 new, %3 updated, %4 unchanged.</source>
            <translation>%1 geïmporteerd: %2 nieuw, %3 bijgewerkt, %4 ongewijzigd.</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n row(s) could not be imported:</source>
            <translation>
                <numerusform>%n rij kon niet worden geïmporteerd:</numerusform>
                <numerusform>%n rijen konden niet worden geïmporteerd:</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>  line %1: %2</source>
            <translation>  regel %1: %2</translation>
        </message>
        <message>
            <location line="+63" />
            <source>ready</source>
            <translation>klaar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>review</source>
            <translation>beoordelen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>failed</source>
            <translation>mislukt</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Interrupted after %1.</source>
            <translation>Onderbroken na %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Finished in %1.</source>
            <translation>Klaar in %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>  Done (ready for approval): %1</source>
            <translation>  Klaar (gereed voor goedkeuring): %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>  Needs review: %1</source>
            <translation>  Beoordeling nodig: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>  Failed: %1</source>
            <translation>  Mislukt: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>  Not finished (left in the queue; run again to continue): %1</source>
            <translation>  Niet af (blijft in de wachtrij; start opnieuw om verder te gaan): %1</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>  AI cost: %1 over %n call(s)</source>
            <translation>
                <numerusform>  AI-kosten: %1 over %n aanroep</numerusform>
                <numerusform>  AI-kosten: %1 over %n aanroepen</numerusform>
            </translation>
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
        <name>ImportDialog</name>
        <message>
            <location filename="../ui/dialogs/ImportDialog.cpp" line="+57" />
            <source>Write the listings of the new products now</source>
            <translation>De productpagina’s van de nieuwe producten nu schrijven</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import products</source>
            <translation>Producten importeren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the product export of your Shopify or WooCommerce store (CSV). Quorum shows what it found before anything is added; products already in the workspace are matched by SKU or handle, so importing the same file again adds nothing.</source>
            <translation>Kies de productexport van je Shopify- of WooCommerce-winkel (CSV). Quorum laat zien wat het vond voordat er iets wordt toegevoegd; producten die al in de werkruimte staan worden herkend aan SKU of handle, dus hetzelfde bestand opnieuw importeren voegt niets toe.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>products_export.csv</source>
            <translation>products_export.csv</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose file…</source>
            <translation>Bestand kiezen…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Store exports do not say their currency; prices are read in this one.</source>
            <translation>Winkelexports vermelden hun valuta niet; prijzen worden in deze valuta gelezen.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Products</source>
            <translation>Producten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Problems</source>
            <translation>Problemen</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+109" />
            <source>Import</source>
            <translation>Importeren</translation>
        </message>
        <message>
            <location line="-96" />
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Choose a product export</source>
            <translation>Kies een productexport</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CSV files (*.csv *.txt)</source>
            <translation>CSV-bestanden (*.csv *.txt)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Reading %1…</source>
            <translation>%1 wordt gelezen…</translation>
        </message>
        <message numerus="yes">
            <location line="+32" />
            <source>&lt;b&gt;%1&lt;/b&gt; · %n data row(s) read</source>
            <translation>
                <numerusform>&lt;b&gt;%1&lt;/b&gt; · %n gegevensrij gelezen</numerusform>
                <numerusform>&lt;b&gt;%1&lt;/b&gt; · %n gegevensrijen gelezen</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 new, %2 to update, %3 unchanged</source>
            <translation>%1 nieuw, %2 bij te werken, %3 ongewijzigd</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n row(s) not imported</source>
            <translation>
                <numerusform>%n rij niet geïmporteerd</numerusform>
                <numerusform>%n rijen niet geïmporteerd</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Products (%1)</source>
            <translation>Producten (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Problems (%1)</source>
            <translation>Problemen (%1)</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Import %n product(s)</source>
            <translation>
                <numerusform>%n product importeren</numerusform>
                <numerusform>%n producten importeren</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nothing was imported: %1</source>
            <translation>Er is niets geïmporteerd: %1</translation>
        </message>
    </context>
    <context>
        <name>ImportIssuesModel</name>
        <message>
            <location filename="../models/ImportPreviewModel.cpp" line="+160" />
            <source>Not imported</source>
            <translation>Niet geïmporteerd</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Imported, with a warning</source>
            <translation>Geïmporteerd, met een waarschuwing</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Line</source>
            <translation>Regel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Result</source>
            <translation>Resultaat</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewModel</name>
        <message>
            <location line="-148" />
            <source>New</source>
            <translation>Nieuw</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Update</source>
            <translation>Bijwerken</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unchanged</source>
            <translation>Ongewijzigd</translation>
        </message>
        <message>
            <location line="+52" />
            <source>sizes %1</source>
            <translation>maten %1</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n image(s)</source>
            <translation>
                <numerusform>%n afbeelding</numerusform>
                <numerusform>%n afbeeldingen</numerusform>
            </translation>
        </message>
        <message>
            <location line="+14" />
            <source>Line</source>
            <translation>Regel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import as</source>
            <translation>Importeren als</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SKU / handle</source>
            <translation>SKU / handle</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Price</source>
            <translation>Prijs</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Details</source>
            <translation>Details</translation>
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
        <name>JsonForm</name>
        <message>
            <location filename="../ui/widgets/JsonForm.cpp" line="+124" />
            <source>SEO title</source>
            <translation>SEO-titel</translation>
        </message>
        <message>
            <location line="+64" />
            <source>Add row</source>
            <translation>Rij toevoegen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove row</source>
            <translation>Rij verwijderen</translation>
        </message>
        <message>
            <location line="+25" />
            <source>One per line</source>
            <translation>Eén per regel</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 (one per line)</source>
            <translation>%1 (één per regel)</translation>
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
            <location line="+71" />
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
            <location filename="../ui/MainWindow.cpp" line="+51" />
            <source>%1 — Quorum (demo)</source>
            <translation>%1 — Quorum (demo)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 — Quorum</source>
            <translation>%1 — Quorum</translation>
        </message>
        <message>
            <location line="+42" />
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
            <location line="+10" />
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
        <message>
            <location line="+12" />
            <source>P&amp;ipeline</source>
            <translation>&amp;Pijplijn</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Add product…</source>
            <translation>Product &amp;toevoegen…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Import products from CSV…</source>
            <translation>Producten &amp;importeren uit CSV…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Run or retry selected</source>
            <translation>Selectie &amp;starten of opnieuw proberen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Run all &amp;drafts</source>
            <translation>Alle &amp;concepten starten</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Pause</source>
            <translation>&amp;Pauzeren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>R&amp;esume</source>
            <translation>&amp;Hervatten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Emergency &amp;stop</source>
            <translation>&amp;Noodstop</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Se&amp;ttings…</source>
            <translation>Ins&amp;tellingen…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Emergency stop: every worker halts at its next safe point. Nothing is lost.</source>
            <translation>Noodstop: elke worker stopt bij zijn volgende veilige punt. Er gaat niets verloren.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Paused: work in progress stops at its next safe point and waits.</source>
            <translation>Gepauzeerd: lopend werk stopt bij het volgende veilige punt en wacht.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Resumed: the workers pick up where they stopped.</source>
            <translation>Hervat: de workers gaan verder waar ze stopten.</translation>
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
        <name>PieceGate</name>
        <message>
            <location filename="../services/pipeline/PieceGate.cpp" line="+143" />
            <source>Stopped at a safe point.</source>
            <translation>Gestopt op een veilig punt.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The piece no longer exists.</source>
            <translation>Het stuk bestaat niet meer.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The edited version no longer exists.</source>
            <translation>De bewerkte versie bestaat niet meer.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Your edit does not pass the checks yet.</source>
            <translation>Je bewerking komt nog niet door de controles.</translation>
        </message>
        <message>
            <location line="+87" />
            <source>Writing %1 failed: %2</source>
            <translation>Het schrijven van %1 is mislukt: %2</translation>
        </message>
        <message>
            <location line="+66" />
            <source>No reviewer is configured for %1 that differs from the writer. Two different models must agree: set a reviewer in Settings → Providers.</source>
            <translation>Er is voor %1 geen beoordelaar ingesteld die verschilt van de schrijver. Twee verschillende modellen moeten het eens zijn: stel een beoordelaar in via Instellingen → Aanbieders.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Reviewing %1 failed: %2</source>
            <translation>Het beoordelen van %1 is mislukt: %2</translation>
        </message>
        <message>
            <location line="+89" />
            <source>%1 failed the agreement gate %2 times.</source>
            <translation>%1 kwam %2 keer niet door de overeenstemmingspoort.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 Last problem: %2</source>
            <translation>%1 Laatste probleem: %2</translation>
        </message>
    </context>
    <context>
        <name>PiecesModel</name>
        <message>
            <location filename="../models/ContentModels.cpp" line="+137" />
            <source>Piece</source>
            <translation>Stuk</translation>
        </message>
        <message>
            <location line="+2" />
            <source>State</source>
            <translation>Toestand</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Attempts</source>
            <translation>Pogingen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Quality</source>
            <translation>Kwaliteit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SEO</source>
            <translation>SEO</translation>
        </message>
    </context>
    <context>
        <name>PipelineActions</name>
        <message>
            <location filename="../services/pipeline/PipelineActions.cpp" line="+48" />
            <source>Cannot create the folder %1.</source>
            <translation>Kan de map %1 niet maken.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Cannot copy the image %1 into the workspace.</source>
            <translation>Kan de afbeelding %1 niet naar de werkruimte kopiëren.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>A product with SKU “%1” already exists.</source>
            <translation>Er bestaat al een product met SKU „%1”.</translation>
        </message>
    </context>
    <context>
        <name>PipelinePage</name>
        <message>
            <location filename="../ui/settings/PipelinePage.cpp" line="+35" />
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Worker threads. Each has its own database connection and network manager.</source>
            <translation>Workerthreads. Elk heeft een eigen databaseverbinding en netwerkbeheerder.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Products one worker writes at once; their calls run side by side.</source>
            <translation>Producten die één worker tegelijk schrijft; hun aanroepen lopen naast elkaar.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No budget</source>
            <translation>Geen budget</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Workers</source>
            <translation>Workers</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Worker threads</source>
            <translation>Workerthreads</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Products per worker</source>
            <translation>Producten per worker</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agreement gate</source>
            <translation>Overeenstemmingspoort</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 at least</source>
            <translation>%1 minstens</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Attempts before a person decides</source>
            <translation>Pogingen voordat een mens beslist</translation>
        </message>
        <message>
            <location line="+1" />
            <source>AI budget and prices</source>
            <translation>AI-budget en prijzen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Daily budget</source>
            <translation>Dagbudget</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Checked before every call: a call that could exceed it is not sent. Prices are dollars per million tokens.</source>
            <translation>Gecontroleerd vóór elke aanroep: een aanroep die het zou kunnen overschrijden, wordt niet verstuurd. Prijzen zijn in dollars per miljoen tokens.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>API</source>
            <translation>API</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Input $/M</source>
            <translation>Invoer $/M</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Output $/M</source>
            <translation>Uitvoer $/M</translation>
        </message>
        <message>
            <location line="+74" />
            <source>The price of %1 is not a number; nothing was saved.</source>
            <translation>De prijs van %1 is geen getal; er is niets opgeslagen.</translation>
        </message>
        <message numerus="yes">
            <location line="+25" />
            <source>Pipeline settings saved; the pool now runs %n worker(s).</source>
            <translation>
                <numerusform>Pijplijninstellingen opgeslagen; de pool draait nu %n worker.</numerusform>
                <numerusform>Pijplijninstellingen opgeslagen; de pool draait nu %n workers.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pipeline settings saved.</source>
            <translation>Pijplijninstellingen opgeslagen.</translation>
        </message>
    </context>
    <context>
        <name>PipelinePane</name>
        <message>
            <location filename="../ui/panes/PipelinePane.cpp" line="+48" />
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
            <location line="+6" />
            <source>Add product</source>
            <translation>Product toevoegen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add one product by hand (Ctrl+N)</source>
            <translation>Eén product met de hand toevoegen (Ctrl+N)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import CSV…</source>
            <translation>CSV importeren…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import your Shopify or WooCommerce product export (Ctrl+I)</source>
            <translation>Importeer je productexport van Shopify of WooCommerce (Ctrl+I)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Have the pipeline write the listings of every product in Draft (Ctrl+Shift+R)</source>
            <translation>Laat de pijplijn de productpagina’s schrijven van elk product in Concept (Ctrl+Shift+R)</translation>
        </message>
        <message>
            <location line="+38" />
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
            <location line="+1" />
            <source>Add a product</source>
            <translation>Product toevoegen</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Run or retry selected</source>
            <translation>Selectie starten of opnieuw proberen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Run all drafts</source>
            <translation>Alle concepten starten</translation>
        </message>
        <message>
            <location line="+31" />
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
        <message numerus="yes">
            <location line="+4" />
            <source>Run %n draft(s)</source>
            <translation>
                <numerusform>%n concept starten</numerusform>
                <numerusform>%n concepten starten</numerusform>
            </translation>
        </message>
        <message>
            <location line="+41" />
            <source>Product added; the pipeline is writing its listing.</source>
            <translation>Product toegevoegd; de pijplijn schrijft de productpagina.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Product added as a draft. Run it when you are ready.</source>
            <translation>Product als concept toegevoegd. Start het wanneer je klaar bent.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
            <translation>Geïmporteerd: %1 nieuw, %2 bijgewerkt, %3 ongewijzigd.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The pipeline is writing the new listings.</source>
            <translation>De pijplijn schrijft de nieuwe productpagina’s.</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>%n product(s) queued.</source>
            <translation>
                <numerusform>%n product in de wachtrij gezet.</numerusform>
                <numerusform>%n producten in de wachtrij gezet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n product(s) queued; %1 skipped (%2).</source>
            <translation>
                <numerusform>%n product in de wachtrij gezet; %1 overgeslagen (%2).</numerusform>
                <numerusform>%n producten in de wachtrij gezet; %1 overgeslagen (%2).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>Select the products to run first.</source>
            <translation>Selecteer eerst de producten die je wilt starten.</translation>
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
        <name>ProductDetailPanel</name>
        <message>
            <location filename="../ui/panes/ProductDetailPanel.cpp" line="+73" />
            <source>Regenerate…</source>
            <translation>Opnieuw genereren…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit…</source>
            <translation>Bewerken…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Select a product to see its content, its versions and both models' verdicts.</source>
            <translation>Selecteer een product om de inhoud, de versies en de oordelen van beide modellen te zien.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Write this piece again, with an instruction for the writer (Ctrl+G)</source>
            <translation>Schrijf dit stuk opnieuw, met een instructie voor de schrijver (Ctrl+G)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit this piece by hand; your edit is a new version and is checked again (Ctrl+E)</source>
            <translation>Bewerk dit stuk met de hand; je bewerking is een nieuwe versie en wordt opnieuw gecontroleerd (Ctrl+E)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Compare with</source>
            <translation>Vergelijken met</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Content</source>
            <translation>Inhoud</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Verdicts</source>
            <translation>Oordelen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compare versions</source>
            <translation>Versies vergelijken</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Versions</source>
            <translation>Versies</translation>
        </message>
        <message>
            <location line="+98" />
            <source>SKU %1</source>
            <translation>SKU %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>AI cost %1</source>
            <translation>AI-kosten %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Run</source>
            <translation>Starten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Retry</source>
            <translation>Opnieuw proberen</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Nothing written yet (%1).</source>
            <translation>Nog niets geschreven (%1).</translation>
        </message>
        <message>
            <location line="+19" />
            <source>v%1 · %2</source>
            <translation>v%1 · %2</translation>
        </message>
        <message>
            <location line="+16" />
            <source>There is only one version.</source>
            <translation>Er is maar één versie.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>From v%1 to v%2: %3 words added, %4 removed</source>
            <translation>Van v%1 naar v%2: %3 woorden toegevoegd, %4 verwijderd</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Queued: the workers start on it right away.</source>
            <translation>In de wachtrij: de workers beginnen er meteen aan.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 is being written again.</source>
            <translation>%1 wordt opnieuw geschreven.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Your edit is saved as a new version and is being checked.</source>
            <translation>Je bewerking is opgeslagen als nieuwe versie en wordt gecontroleerd.</translation>
        </message>
    </context>
    <context>
        <name>ProductFacts</name>
        <message>
            <location filename="../services/pipeline/ProductFacts.cpp" line="+41" />
            <source>Give the product a name.</source>
            <translation>Geef het product een naam.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The name is %1 characters; keep it under 200.</source>
            <translation>De naam is %1 tekens lang; houd het onder 200.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Describe the product in one or two sentences.</source>
            <translation>Beschrijf het product in een of twee zinnen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Keep the description to one or two sentences (it has %1): the facts, not the copy. Quorum writes the copy.</source>
            <translation>Houd de omschrijving bij een of twee zinnen (het zijn er nu %1): de feiten, niet de verkooptekst. Die schrijft Quorum.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The description is too long.</source>
            <translation>De omschrijving is te lang.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter a price above zero.</source>
            <translation>Vul een prijs boven nul in.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The cost cannot be negative.</source>
            <translation>De kostprijs kan niet negatief zijn.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Use a three-letter currency code such as EUR.</source>
            <translation>Gebruik een valutacode van drie letters, zoals EUR.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose or type a category.</source>
            <translation>Kies of typ een categorie.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add one to three images.</source>
            <translation>Voeg een tot drie afbeeldingen toe.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“%1” is not a web address (https://…).</source>
            <translation>„%1” is geen webadres (https://…).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The SKU is longer than 64 characters.</source>
            <translation>De SKU is langer dan 64 tekens.</translation>
        </message>
    </context>
    <context>
        <name>ProductRun</name>
        <message>
            <location filename="../services/pipeline/ProductRun.cpp" line="+34" />
            <source>The product was deleted.</source>
            <translation>Het product is verwijderd.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Writing the content set</source>
            <translation>De content wordt geschreven</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Checking your edit of %1</source>
            <translation>Je bewerking van %1 wordt gecontroleerd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Regenerating %1</source>
            <translation>%1 wordt opnieuw gegenereerd</translation>
        </message>
        <message>
            <location line="+69" />
            <source>Two models check every piece</source>
            <translation>Twee modellen controleren elk stuk</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Paused</source>
            <translation>Gepauzeerd</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Retrying in %1 s: %2</source>
            <translation>Nieuwe poging over %1 s: %2</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Both models agree on every piece</source>
            <translation>Beide modellen zijn het over elk stuk eens</translation>
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
        <name>ProductStore</name>
        <message>
            <location filename="../services/pipeline/ProductStore.cpp" line="+93" />
            <source>A product cannot go from %1 to %2.</source>
            <translation>Een product kan niet van %1 naar %2.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>The product no longer exists.</source>
            <translation>Het product bestaat niet meer.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>It is already queued or being written.</source>
            <translation>Het staat al in de wachtrij of wordt al geschreven.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Its content is written (%1). Regenerate single pieces in the detail panel instead.</source>
            <translation>De content is al geschreven (%1). Genereer in plaats daarvan losse stukken opnieuw in het detailpaneel.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Queued</source>
            <translation>In de wachtrij</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Queued for a retry</source>
            <translation>In de wachtrij voor een nieuwe poging</translation>
        </message>
        <message>
            <location line="+29" />
            <location line="+42" />
            <source>The content cannot change while the product is %1.</source>
            <translation>De content kan niet veranderen zolang het product de status %1 heeft.</translation>
        </message>
        <message>
            <location line="-36" />
            <source>This product has no %1.</source>
            <translation>Dit product heeft geen %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The product is already being worked on; wait for it to finish.</source>
            <translation>Er wordt al aan het product gewerkt; wacht tot dat klaar is.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Regenerating %1</source>
            <translation>%1 wordt opnieuw gegenereerd</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The piece no longer exists.</source>
            <translation>Het stuk bestaat niet meer.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The product is being worked on; wait for it to finish.</source>
            <translation>Er wordt aan het product gewerkt; wacht tot dat klaar is.</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Review the content of %1</source>
            <translation>Beoordeel de content van %1</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The writer and the reviewer did not agree within the allowed attempts, so a person decides: edit the pieces, regenerate them with an instruction, or accept them as they are.</source>
            <translation>De schrijver en de beoordelaar werden het binnen de toegestane pogingen niet eens, dus beslist een mens: bewerk de stukken, genereer ze opnieuw met een instructie, of accepteer ze zoals ze zijn.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Copy may state wrong facts</source>
            <translation>De tekst kan onjuiste feiten bevatten</translation>
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
        <name>PromptTemplates</name>
        <message>
            <location filename="../services/pipeline/PromptTemplates.cpp" line="+27" />
            <source>Writer: system prompt</source>
            <translation>Schrijver: systeemprompt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Writer: answer to the review</source>
            <translation>Schrijver: antwoord op de beoordeling</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reviewer: system prompt</source>
            <translation>Beoordelaar: systeemprompt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reviewer: review a piece</source>
            <translation>Beoordelaar: een stuk beoordelen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Writer: %1</source>
            <translation>Schrijver: %1</translation>
        </message>
        <message>
            <location line="+85" />
            <source>the product's name</source>
            <translation>de naam van het product</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the product's facts as JSON between &lt;facts&gt; tags</source>
            <translation>de feiten van het product als JSON tussen &lt;facts&gt;-tags</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the piece being written, e.g. “FAQ”</source>
            <translation>het stuk dat geschreven wordt, bijv. „FAQ”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the brand's voice</source>
            <translation>de stem van het merk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>words the copy must not use</source>
            <translation>woorden die de tekst niet mag gebruiken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>phrases the copy must contain</source>
            <translation>zinnen die de tekst moet bevatten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the target audience hint</source>
            <translation>de aanwijzing over de doelgroep</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the length the piece must have</source>
            <translation>de lengte die het stuk moet hebben</translation>
        </message>
        <message>
            <location line="+1" />
            <source>problems found in the previous attempt, with a heading (empty on the first attempt)</source>
            <translation>problemen uit de vorige poging, met een kop (leeg bij de eerste poging)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a person's instruction for this version, with a heading (empty when none)</source>
            <translation>de instructie van een mens voor deze versie, met een kop (leeg als er geen is)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the attempt number (1-3)</source>
            <translation>het nummer van de poging (1-3)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the piece under review</source>
            <translation>het stuk dat beoordeeld wordt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the reviewer's verdict, for the writer's answer</source>
            <translation>het oordeel van de beoordelaar, voor het antwoord van de schrijver</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the pass marks the reviewer's scores must reach</source>
            <translation>de minimumscores die de beoordelaar moet geven</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the language the copy is written in (Brand settings)</source>
            <translation>de taal waarin de teksten worden geschreven (instellingen Merk)</translation>
        </message>
    </context>
    <context>
        <name>PromptTemplatesModel</name>
        <message>
            <location filename="../models/SettingsModels.cpp" line="+75" />
            <source>default</source>
            <translation>standaard</translation>
        </message>
        <message>
            <location line="+0" />
            <source>v%1</source>
            <translation>v%1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Template</source>
            <translation>Sjabloon</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Version</source>
            <translation>Versie</translation>
        </message>
    </context>
    <context>
        <name>PromptsPage</name>
        <message>
            <location filename="../ui/settings/PromptsPage.cpp" line="+35" />
            <source>Use this version</source>
            <translation>Deze versie gebruiken</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save as new version</source>
            <translation>Opslaan als nieuwe versie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard changes</source>
            <translation>Wijzigingen verwerpen</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Insert a variable…</source>
            <translation>Variabele invoegen…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Version</source>
            <translation>Versie</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Preview for</source>
            <translation>Voorbeeld voor</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Quorum default</source>
            <translation>Standaard van Quorum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>v%1 · %2 · %3</source>
            <translation>v%1 · %2 · %3</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Unknown variables stay empty: %1</source>
            <translation>Onbekende variabelen blijven leeg: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Without {{facts}} the writer does not see the product's facts, and the checks will reject what it invents.</source>
            <translation>Zonder {{facts}} ziet de schrijver de feiten van het product niet, en de controles keuren af wat hij verzint.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Add a product to see the prompt filled in.</source>
            <translation>Voeg een product toe om de ingevulde prompt te zien.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>(the piece under review appears here)</source>
            <translation>(hier verschijnt het stuk dat beoordeeld wordt)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(the reviewer's scores and problems appear here)</source>
            <translation>(hier verschijnen de scores en problemen van de beoordelaar)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>SYSTEM

%1</source>
            <translation>SYSTEEM

%1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>SYSTEM

%1

USER

%2</source>
            <translation>SYSTEEM

%1

GEBRUIKER

%2</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 saved as version %2; new pieces use it.</source>
            <translation>%1 opgeslagen als versie %2; nieuwe stukken gebruiken die.</translation>
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
        <name>ProviderDialog</name>
        <message>
            <location filename="../ui/settings/ProvidersPage.cpp" line="+275" />
            <source>Add an AI provider</source>
            <translation>AI-aanbieder toevoegen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit %1</source>
            <translation>%1 bewerken</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The most calls at once; Quorum finds the provider's real limit below this by itself.</source>
            <translation>Het maximale aantal gelijktijdige aanroepen; Quorum vindt zelf de werkelijke limiet van de aanbieder daaronder.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Identifier</source>
            <translation>Kenmerk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location line="+1" />
            <source>API</source>
            <translation>API</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Key from</source>
            <translation>Sleutel uit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Max parallel calls</source>
            <translation>Max. gelijktijdige aanroepen</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Use lower-case letters, digits, dots and dashes for the identifier.</source>
            <translation>Gebruik kleine letters, cijfers, punten en streepjes voor het kenmerk.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There already is a provider called %1.</source>
            <translation>Er is al een aanbieder met de naam %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The address must start with https:// (or http:// for a model on this machine).</source>
            <translation>Het adres moet met https:// beginnen (of http:// voor een model op deze computer).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Name the model, as the provider spells it.</source>
            <translation>Noem het model zoals de aanbieder het schrijft.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Say where the key lives: env:VARIABLE or keychain:name. Never paste the key itself here.</source>
            <translation>Geef aan waar de sleutel staat: env:VARIABELE of keychain:naam. Plak hier nooit de sleutel zelf.</translation>
        </message>
    </context>
    <context>
        <name>ProvidersModel</name>
        <message>
            <location filename="../models/SettingsModels.cpp" line="+68" />
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Provider</source>
            <translation>Aanbieder</translation>
        </message>
        <message>
            <location line="+2" />
            <source>API</source>
            <translation>API</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Key from</source>
            <translation>Sleutel uit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Max parallel</source>
            <translation>Max. gelijktijdig</translation>
        </message>
    </context>
    <context>
        <name>ProvidersPage</name>
        <message>
            <location filename="../ui/settings/ProvidersPage.cpp" line="-304" />
            <source>Every piece (default)</source>
            <translation>Elk stuk (standaard)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Descriptions, FAQ, care, sizes</source>
            <translation>Omschrijvingen, FAQ, onderhoud, maten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SEO and tags</source>
            <translation>SEO en tags</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Social captions</source>
            <translation>Socialemediateksten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Blog</source>
            <translation>Blog</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Add…</source>
            <translation>Toevoegen…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit…</source>
            <translation>Bewerken…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Keys stay out of the workspace: each provider says where its key lives, as env:VARIABLE or keychain:name (the system keychain).</source>
            <translation>Sleutels blijven buiten de werkruimte: elke aanbieder geeft aan waar zijn sleutel staat, als env:VARIABELE of keychain:naam (de sleutelbos van het systeem).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Who writes and who reviews</source>
            <translation>Wie schrijft en wie beoordeelt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Two different models must agree on every piece: the writer writes, the reviewer checks. A second provider in the list takes over when the first is down.</source>
            <translation>Twee verschillende modellen moeten het over elk stuk eens zijn: de schrijver schrijft, de beoordelaar controleert. Een tweede aanbieder in de lijst neemt het over als de eerste niet werkt.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Content</source>
            <translation>Inhoud</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writer</source>
            <translation>Schrijver</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reviewer</source>
            <translation>Beoordelaar</translation>
        </message>
        <message>
            <location line="+47" />
            <source>As the default</source>
            <translation>Zoals de standaard</translation>
        </message>
        <message>
            <location line="+2" />
            <source>None</source>
            <translation>Geen</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Missing</source>
            <translation>Ontbreekt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Same model: choose another reviewer</source>
            <translation>Hetzelfde model: kies een andere beoordelaar</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Provider %1 saved.</source>
            <translation>Aanbieder %1 opgeslagen.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Provider %1 removed.</source>
            <translation>Aanbieder %1 verwijderd.</translation>
        </message>
    </context>
    <context>
        <name>RegenerateDialog</name>
        <message>
            <location filename="../ui/dialogs/RegenerateDialog.cpp" line="+17" />
            <source>Regenerate %1</source>
            <translation>%1 opnieuw genereren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The writer writes %1 again, with your instruction, and the piece goes through the agreement gate like any other: checks, the reviewer, at most three attempts.</source>
            <translation>De schrijver schrijft %1 opnieuw, met jouw instructie, en het stuk gaat door de overeenstemmingspoort zoals elk ander: controles, de beoordelaar, hoogstens drie pogingen.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Optional. For example: shorter, and mention that it comes in a gift box.</source>
            <translation>Optioneel. Bijvoorbeeld: korter, en vermeld dat het in een cadeaudoos komt.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Regenerate</source>
            <translation>Opnieuw genereren</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Instruction for the writer</source>
            <translation>Instructie voor de schrijver</translation>
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
        <name>SettingsDialog</name>
        <message>
            <location filename="../ui/dialogs/SettingsDialog.cpp" line="+27" />
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Prompts</source>
            <translation>Prompts</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Providers</source>
            <translation>Aanbieders</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Brand</source>
            <translation>Merk</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Pipeline</source>
            <translation>Pijplijn</translation>
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
        <name>VersionsModel</name>
        <message>
            <location filename="../models/ContentModels.cpp" line="+68" />
            <source>Accepted</source>
            <translation>Geaccepteerd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Did not match the schema</source>
            <translation>Paste niet in het schema</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Failed the checks</source>
            <translation>Afgekeurd door de controles</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Below the pass marks</source>
            <translation>Onder de minimumscores</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Writer agreed with the problems</source>
            <translation>Schrijver erkende de problemen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Passed</source>
            <translation>Geslaagd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Being checked</source>
            <translation>Wordt gecontroleerd</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Instruction: %1</source>
            <translation>Instructie: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>v%1</source>
            <translation>v%1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edited by %1</source>
            <translation>Bewerkt door %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Run %1, attempt %2 · %3</source>
            <translation>Ronde %1, poging %2 · %3</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attempt %1 · %2</source>
            <translation>Poging %1 · %2</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Version</source>
            <translation>Versie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Written by</source>
            <translation>Geschreven door</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Verdict</source>
            <translation>Oordeel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When</source>
            <translation>Wanneer</translation>
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
        <name>WorkspaceSession</name>
        <message>
            <location filename="../app/WorkspaceSession.cpp" line="+93" />
            <source>The demo's sandbox could not start: %1</source>
            <translation>De sandbox van de demo kon niet starten: %1</translation>
        </message>
        <message>
            <location line="+19" />
            <source>No AI provider is set up to write. Add one in Settings → Providers (or open the demo workspace).</source>
            <translation>Er is geen AI-aanbieder ingesteld om te schrijven. Voeg er een toe via Instellingen → Aanbieders (of open de demowerkruimte).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No AI provider is set up to review. Two different models must agree: add a second provider in Settings → Providers.</source>
            <translation>Er is geen AI-aanbieder ingesteld om te beoordelen. Twee verschillende modellen moeten het eens zijn: voeg een tweede aanbieder toe via Instellingen → Aanbieders.</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceStatusBar</name>
        <message>
            <location filename="../ui/WorkspaceStatusBar.cpp" line="+25" />
            <source>Pause the pipeline</source>
            <translation>De pijplijn pauzeren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resume the pipeline</source>
            <translation>De pijplijn hervatten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Emergency stop</source>
            <translation>Noodstop</translation>
        </message>
        <message>
            <location line="+24" />
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
        <message>
            <location line="+11" />
            <source>Pipeline: %1 running, %2 queued</source>
            <translation>Pijplijn: %1 bezig, %2 in de wachtrij</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pipeline: idle</source>
            <translation>Pijplijn: wacht op werk</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Pipeline paused · %n queued</source>
            <translation>
                <numerusform>Pijplijn gepauzeerd · %n in de wachtrij</numerusform>
                <numerusform>Pijplijn gepauzeerd · %n in de wachtrij</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>EMERGENCY STOP: no agent acts until an owner resumes</source>
            <translation>NOODSTOP: geen agent doet iets tot een eigenaar hervat</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Pause, resume or stop the pipeline (Pipeline menu)</source>
            <translation>De pijplijn pauzeren, hervatten of stoppen (menu Pijplijn)</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../app/main.cpp" line="+38" />
            <source>Quorum cannot start</source>
            <translation>Quorum kan niet starten</translation>
        </message>
    </context>
</TS>
