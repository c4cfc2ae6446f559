<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>AbTest</name>
    <message>
        <location filename="../services/core/AbTest.cpp" line="+100"/>
        <source>Collecting data</source>
        <translation>Gegevens verzamelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No difference yet</source>
        <translation>Nog geen verschil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Winner found</source>
        <translation>Winnaar gevonden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inconclusive</source>
        <translation>Geen uitsluitsel</translation>
    </message>
</context>
<context>
    <name>ActionEffects</name>
    <message>
        <location filename="../services/approvals/ActionEffects.cpp" line="+25"/>
        <source>Recorded as decided; carrying it out happens outside Quorum (supplier, market, books).</source>
        <translation>Vastgelegd als besloten; de uitvoering gebeurt buiten Quorum (leverancier, markt, boekhouding).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quorum does not know how to run “%1”.</source>
        <translation>Quorum weet niet hoe “%1” uitgevoerd moet worden.</translation>
    </message>
</context>
<context>
    <name>ActionExecutor</name>
    <message>
        <location filename="../services/campaigns/CampaignEffects.cpp" line="+34"/>
        <source>The change names no ad account or ad set.</source>
        <translation>De wijziging noemt geen advertentieaccount of advertentieset.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The approved budget is not an amount.</source>
        <translation>Het goedgekeurde budget is geen bedrag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+110"/>
        <source>A daily budget on Meta is at least 1.00.</source>
        <translation>Een dagbudget bij Meta is minstens 1,00.</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>There is no campaign called “%1”.</source>
        <translation>Er is geen campagne met de naam “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several campaigns are called “%1” (on different platforms), and the change does not say which one.</source>
        <translation>Meerdere campagnes heten “%1” (op verschillende platforms), en de wijziging zegt niet welke.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is a campaign on a connected ad account: Quorum changes the budgets of its ad sets, and this proposal names none.</source>
        <translation>“%1” is een campagne op een gekoppeld advertentieaccount: Quorum wijzigt de budgetten van de advertentiesets, en dit voorstel noemt er geen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is on no connected ad account and in no imported report, so Quorum cannot change it or see the change: connect its ad account in Settings → Connections.</source>
        <translation>“%1” staat op geen gekoppeld advertentieaccount en in geen geïmporteerd rapport, dus Quorum kan de campagne niet wijzigen en de wijziging niet zien: koppel het advertentieaccount in Instellingen → Verbindingen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recorded as decided. Quorum reads “%1” from %2 report exports and cannot change it there: set its daily budget to %3 in %2. The next report you import shows it.</source>
        <translation>Vastgelegd als besloten. Quorum leest “%1” uit rapportexports van %2 en kan de campagne daar niet wijzigen: zet het dagbudget in %2 zelf op %3. Het volgende rapport dat je importeert laat het zien.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The approved bid is not an amount.</source>
        <translation>Het goedgekeurde bod is geen bedrag.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quorum does not know the ad set change “%1”.</source>
        <translation>Quorum kent de advertentiesetwijziging “%1” niet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The shift names no ad account or not both ad sets.</source>
        <translation>De verschuiving noemt geen advertentieaccount of niet beide advertentiesets.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount to move is not an amount.</source>
        <translation>Het te verschuiven bedrag is geen bedrag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moving %1 would leave “%2” below 1.00 a day, the smallest daily budget on Meta: modify the amount.</source>
        <translation>Met %1 verschuiven komt “%2” onder 1,00 per dag, het kleinste dagbudget bij Meta: pas het bedrag aan.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Quorum launches campaigns on Meta only; create this one in the %1 ad manager itself.</source>
        <translation>Quorum start campagnes alleen op Meta; maak deze in de advertentiebeheerder van %1 zelf.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No Meta ad account is connected to launch this on: add one in Settings → Connections.</source>
        <translation>Er is geen Meta-advertentieaccount verbonden om dit op te starten: voeg er een toe in Instellingen → Verbindingen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This workspace has several Meta ad accounts and the launch names none of them.</source>
        <translation>Deze werkruimte heeft meerdere Meta-advertentieaccounts en de lancering noemt er geen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An ad needs the Facebook Page it runs as: enter the Page ID of %1 in Settings → Connections.</source>
        <translation>Een advertentie heeft de Facebook-pagina nodig waarvandaan ze loopt: vul de pagina-ID van %1 in bij Instellingen → Verbindingen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a country code: use two letters, e.g. NL, BE.</source>
        <translation>“%1” is geen landcode: gebruik twee letters, bijv. NL, BE.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The launch names no countries to show the ads in: modify it and enter them, e.g. NL, BE.</source>
        <translation>De lancering noemt geen landen om de advertenties in te tonen: wijzig haar en vul ze in, bijv. NL, BE.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ad has no page to lead to: modify the launch and enter its link, e.g. https://shop.example/winter.</source>
        <translation>De advertentie heeft geen pagina om naartoe te leiden: wijzig de lancering en vul de link in, bijv. https://shop.example/winter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The launch needs the campaign&apos;s name and the ad&apos;s text: modify it and enter them.</source>
        <translation>De lancering heeft de naam van de campagne en de tekst van de advertentie nodig: wijzig haar en vul ze in.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The budget is in %1 but the ad account %2 spends in %3: modify the launch and give the budget in %3.</source>
        <translation>Het budget is in %1, maar het advertentieaccount %2 geeft uit in %3: wijzig de lancering en geef het budget in %3.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Quorum reads “%1” from %2 report exports and cannot change it there: approving records the decision, and you set the budget in %2.</source>
        <translation>Quorum leest “%1” uit rapportexports van %2 en kan de campagne daar niet wijzigen: goedkeuren legt het besluit vast, en jij zet het budget in %2.</translation>
    </message>
    <message>
        <location filename="../services/publishing/PublishJobs.cpp" line="+115"/>
        <source>Price changed: the words that state the old price are checked again</source>
        <translation>Prijs gewijzigd: de woorden die de oude prijs noemen worden opnieuw gecontroleerd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The old price was written in its content (%1): the written pieces are checked again against the new price, and the writer rewrites what fails.</source>
        <translation>De oude prijs stond in de content (%1): de geschreven stukken worden opnieuw gecontroleerd tegen de nieuwe prijs, en de schrijver herschrijft wat niet slaagt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The old price is written in its content (%1). Once the new price is published, the SEO agent checks the content again and proposes rewriting it.</source>
        <translation>De oude prijs staat in de content (%1). Zodra de nieuwe prijs gepubliceerd is, controleert de SEO-agent de content opnieuw en stelt hij voor die te herschrijven.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The approved price is not an amount.</source>
        <translation>De goedgekeurde prijs is geen bedrag.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no product with SKU “%1”.</source>
        <translation>Er is geen product met SKU “%1”.</translation>
    </message>
    <message>
        <location filename="../services/pipeline/PipelineEffects.cpp" line="+24"/>
        <source>The product of this review no longer exists.</source>
        <translation>Het product van deze beoordeling bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Content accepted as it is by a person</source>
        <translation>Inhoud door een persoon geaccepteerd zoals hij is</translation>
    </message>
    <message>
        <location filename="../services/publishing/PublishJobs.cpp" line="-63"/>
        <source>The product no longer exists.</source>
        <translation>Het product bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approved for publishing</source>
        <translation>Goedgekeurd voor publicatie</translation>
    </message>
    <message>
        <location filename="../services/storesync/StockJobs.cpp" line="+36"/>
        <source>The stock update names no store or SKU.</source>
        <translation>De voorraadupdate noemt geen winkel of SKU.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A stock quantity cannot be negative.</source>
        <translation>Een voorraad kan niet negatief zijn.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Recorded: %n unit(s) of %1 ordered from the supplier. Quorum does not order from suppliers; no new reorder is proposed for it until its delivery time has passed.</source>
        <translation>
            <numerusform>Vastgelegd: %n stuk van %1 besteld bij de leverancier. Quorum bestelt niet bij leveranciers; er wordt geen nieuwe nabestelling voorgesteld tot de levertijd voorbij is.</numerusform>
            <numerusform>Vastgelegd: %n stuks van %1 besteld bij de leverancier. Quorum bestelt niet bij leveranciers; er wordt geen nieuwe nabestelling voorgesteld tot de levertijd voorbij is.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../services/shopagents/ShopAgents.cpp" line="+72"/>
        <source>Recorded: order %1 held for a fraud check. Quorum does not change orders in the store; put it on hold there too.</source>
        <translation>Vastgelegd: bestelling %1 aangehouden voor een fraudecontrole. Quorum wijzigt geen bestellingen in de winkel; zet haar daar ook in de wacht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recorded: feature %1 (%2). Quorum does not arrange the store&apos;s pages; put it forward there.</source>
        <translation>Vastgelegd: %1 uitlichten (%2). Quorum richt de pagina’s van de winkel niet in; zet het product daar naar voren.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recorded: %1 is to leave the range. Set it to draft in the stores; archive it in the Pipeline when its stock is gone.</source>
        <translation>Vastgelegd: %1 gaat uit het assortiment. Zet het in de winkels op concept; archiveer het in de Pijplijn als de voorraad op is.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Recorded as decided: %1 is not in the supplier list for these SKUs. Quorum does not contact suppliers; place the first order with them.</source>
        <translation>Vastgelegd als besloten: %1 staat voor deze SKU&apos;s niet in de leverancierslijst. Quorum neemt geen contact op met leveranciers; plaats de eerste bestelling zelf.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Recorded: %1 is now marked as a current supplier of %n SKU(s) in the supplier list. Quorum does not contact suppliers; place the first order with them.</source>
        <translation>
            <numerusform>Vastgelegd: %1 staat nu in de leverancierslijst als huidige leverancier van %n SKU. Quorum neemt geen contact op met leveranciers; plaats de eerste bestelling zelf.</numerusform>
            <numerusform>Vastgelegd: %1 staat nu in de leverancierslijst als huidige leverancier van %n SKU&apos;s. Quorum neemt geen contact op met leveranciers; plaats de eerste bestelling zelf.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recorded: the reply to the review of %1 is approved. Quorum does not post replies to the store; paste it under the review there.</source>
        <translation>Vastgelegd: het antwoord op de review van %1 is goedgekeurd. Quorum plaatst geen antwoorden in de winkel; plak het daar onder de review.</translation>
    </message>
    <message>
        <location filename="../services/social/SocialPublishRun.cpp" line="+416"/>
        <source>The post has no text for any platform.</source>
        <translation>Het bericht heeft voor geen enkel platform tekst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scheduled: post about %1 on %2 at %3, each in its account&apos;s time.</source>
        <translation>Ingepland: bericht over %1 op %2 om %3, elk in de tijd van zijn account.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded: post about %1 on %2 at %3, for you to post there (no connected account could post it).</source>
        <translation>Vastgelegd: bericht over %1 op %2 om %3, om daar zelf te plaatsen (geen gekoppeld account kon het posten).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not planned: %1</source>
        <translation>Niet gepland: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The posts were not scheduled: %1</source>
        <translation>De berichten zijn niet ingepland: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 posts scheduled; the others were approved after their time: move them to a new time.</source>
        <translation>%1 van %2 berichten ingepland; de andere zijn na hun tijd goedgekeurd: verplaats ze naar een nieuwe tijd.</translation>
    </message>
    <message>
        <location filename="../services/shopagents/ShopAgents.cpp" line="+11"/>
        <source>Content refresh approved: checking every piece again</source>
        <translation>Inhoud vernieuwen goedgekeurd: elk stuk wordt opnieuw gecontroleerd</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n piece(s) of %1 are checked again against today&apos;s facts and the gate; the writer rewrites what fails. When it passes, publish it again from the Pipeline (publishing is approved as before).</source>
        <translation>
            <numerusform>%n stuk van %1 wordt opnieuw gecontroleerd tegen de feiten van vandaag en de akkoordpoort; de schrijver herschrijft wat niet slaagt. Als het slaagt, publiceer je het opnieuw vanuit de Pipeline (publiceren wordt goedgekeurd zoals altijd).</numerusform>
            <numerusform>%n stukken van %1 worden opnieuw gecontroleerd tegen de feiten van vandaag en de akkoordpoort; de schrijver herschrijft wat niet slaagt. Als het slaagt, publiceer je het opnieuw vanuit de Pipeline (publiceren wordt goedgekeurd zoals altijd).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionSchema</name>
    <message>
        <location filename="../services/approvals/ActionSchema.cpp" line="+165"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Voorheen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily budget</source>
        <translation>Dagbudget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product (SKU)</source>
        <translation>Product (SKU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New price</source>
        <translation>Nieuwe prijs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price before</source>
        <translation>Prijs voorheen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier ID</source>
        <translation>Leveranciers-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum order (units)</source>
        <translation>Minimale bestelling (stuks)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared with</source>
        <translation>Vergeleken met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From category</source>
        <translation>Van categorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To category</source>
        <translation>Naar categorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of spend</source>
        <translation>Aandeel van de uitgaven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Bestelling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Piece</source>
        <translation>Stuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instruction for the writer</source>
        <translation>Instructie voor de schrijver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish to</source>
        <translation>Publiceren naar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated page</source>
        <translation>Gegenereerde pagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page version</source>
        <translation>Paginaversie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Winkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store has now</source>
        <translation>De winkel heeft nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hand</source>
        <translation>Op voorraad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery time (days)</source>
        <translation>Levertijd (dagen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs out on</source>
        <translation>Op op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad set</source>
        <translation>Advertentieset</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Countries (e.g. NL, BE)</source>
        <translation>Landen (bijv. NL, BE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link of the ad</source>
        <translation>Link van de advertentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the ad</source>
        <translation>Tekst van de advertentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A/B test</source>
        <translation>A/B-test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Winner</source>
        <translation>Winnaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The others</source>
        <translation>De andere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause the others</source>
        <translation>De andere pauzeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order total</source>
        <translation>Totaal van de bestelling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk score</source>
        <translation>Risicoscore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From ad set</source>
        <translation>Van advertentieset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To ad set</source>
        <translation>Naar advertentieset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily budget now (from)</source>
        <translation>Dagbudget nu (van)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily budget now (to)</source>
        <translation>Dagbudget nu (naar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval rule</source>
        <translation>Goedkeuringsregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs without a person now up to</source>
        <translation>Loopt nu zonder mens tot en met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New bound (in the rule&apos;s unit)</source>
        <translation>Nieuwe grens (in de eenheid van de regel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stars</source>
        <translation>Sterren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The review</source>
        <translation>De review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written by</source>
        <translation>Geschreven door</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked by</source>
        <translation>Gecontroleerd door</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Units, last 28 days</source>
        <translation>Stuks, laatste 28 dagen</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Units, the 28 days before</source>
        <translation>Stuks, de 28 dagen ervoor</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Gross margin</source>
        <translation>Brutomarge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded share of sales</source>
        <translation>Terugbetaald deel van de verkoop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to feature it</source>
        <translation>Waar uitlichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post date</source>
        <translation>Datum van plaatsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At (hour, 0–23)</source>
        <translation>Om (uur, 0–23)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instagram caption</source>
        <translation>Instagram-bijschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facebook post</source>
        <translation>Facebookbericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post on X</source>
        <translation>Bericht op X</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Link to the product</source>
        <translation>Link naar het product</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version kept</source>
        <translation>Versie die blijft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its first-attempt passes</source>
        <translation>Geslaagd bij de eerste poging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The other version&apos;s</source>
        <translation>Die van de andere versie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p-value</source>
        <translation>p-waarde</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Pieces with problems</source>
        <translation>Stukken met problemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems found</source>
        <translation>Gevonden problemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SEO score</source>
        <translation>SEO-score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SEO score the gate asks</source>
        <translation>SEO-score die de akkoordpoort vraagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concept site</source>
        <translation>Conceptsite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Margin floor</source>
        <translation>Margevloer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Price elasticity</source>
        <translation>Prijselasticiteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its standard error</source>
        <translation>De standaardfout daarvan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weeks of sales measured</source>
        <translation>Gemeten weken verkoop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competitor</source>
        <translation>Concurrent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competitor&apos;s price</source>
        <translation>Prijs van de concurrent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competitor&apos;s price seen on</source>
        <translation>Prijs van de concurrent gezien op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price written in</source>
        <translation>Prijs staat in</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Unknown kind of action “%1”.</source>
        <translation>Onbekend soort actie “%1”.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is required.</source>
        <translation>%1 is verplicht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: “%2” is not an amount.</source>
        <translation>%1: “%2” is geen bedrag.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use a three-letter currency code such as EUR.</source>
        <translation>Gebruik een valutacode van drie letters, zoals EUR.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: “%2” is not a whole number.</source>
        <translation>%1: “%2” is geen geheel getal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be a percentage between 0 and 100.</source>
        <translation>%1 moet een percentage tussen 0 en 100 zijn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must be one of: %2.</source>
        <translation>%1 moet een van deze zijn: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: write the date as 2026-12-31.</source>
        <translation>%1: schrijf de datum als 2026-12-31.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is too long.</source>
        <translation>%1 is te lang.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: an hour from 0 to 23.</source>
        <translation>%1: een uur van 0 tot en met 23.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the post for at least one platform.</source>
        <translation>Schrijf het bericht voor minstens één platform.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>pause</source>
        <translation>pauzeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resume</source>
        <translation>hervatten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the bid</source>
        <translation>bod wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LOW (runs and is logged)</source>
        <translation>LAAG (loopt en wordt vastgelegd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MEDIUM (runs and notifies)</source>
        <translation>MIDDEL (loopt en meldt het)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the margin is below the floor</source>
        <translation>de marge ligt onder de vloer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sales respond strongly to the price</source>
        <translation>de verkoop reageert sterk op de prijs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sales hardly respond to the price</source>
        <translation>de verkoop reageert nauwelijks op de prijs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a competitor sells it for less</source>
        <translation>een concurrent verkoopt het goedkoper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cheapest competitor asks more</source>
        <translation>de goedkoopste concurrent vraagt meer</translation>
    </message>
</context>
<context>
    <name>ActionType</name>
    <message>
        <location filename="../services/approvals/ApprovalTypes.cpp" line="+133"/>
        <source>Budget change</source>
        <translation>Budgetwijziging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign launch</source>
        <translation>Campagnestart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price change</source>
        <translation>Prijswijziging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New product</source>
        <translation>Nieuw product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New supplier</source>
        <translation>Nieuwe leverancier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New market</source>
        <translation>Nieuwe markt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategic pivot</source>
        <translation>Strategische koerswijziging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund / compensation</source>
        <translation>Terugbetaling / compensatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content review</source>
        <translation>Contentbeoordeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish product</source>
        <translation>Product publiceren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock update</source>
        <translation>Voorraadupdate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder</source>
        <translation>Nabestelling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad set change</source>
        <translation>Wijziging advertentieset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A/B test winner</source>
        <translation>Winnaar van een A/B-test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order hold</source>
        <translation>Bestelling aanhouden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget shift</source>
        <translation>Budgetverschuiving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval rule change</source>
        <translation>Wijziging goedkeuringsregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review reply</source>
        <translation>Antwoord op review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature a product</source>
        <translation>Product uitlichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire a product</source>
        <translation>Product uit assortiment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social post</source>
        <translation>Bericht op sociale media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content refresh</source>
        <translation>Inhoud vernieuwen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outreach e-mail</source>
        <translation>Outreach-e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt trial</source>
        <translation>Prompttest</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Unknown action</source>
        <translation>Onbekende actie</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <location filename="../models/ActivityModel.cpp" line="+87"/>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Executed automatically</source>
        <translation>Automatisch uitgevoerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AI budget shared out</source>
        <translation>AI-budget verdeeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modified and resubmitted</source>
        <translation>Aangepast en opnieuw ingediend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Executed</source>
        <translation>Uitgevoerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emergency stop</source>
        <translation>Noodstop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resumed</source>
        <translation>Hervat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent for content review</source>
        <translation>Ter contentbeoordeling voorgelegd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Execution failed</source>
        <translation>Uitvoering mislukt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent paused</source>
        <translation>Agent gepauzeerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent resumed</source>
        <translation>Agent hervat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster paused</source>
        <translation>Cluster gepauzeerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster resumed</source>
        <translation>Cluster hervat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule changed</source>
        <translation>Regel gewijzigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User added</source>
        <translation>Gebruiker toegevoegd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User changed</source>
        <translation>Gebruiker gewijzigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User switched</source>
        <translation>Van gebruiker gewisseld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products archived</source>
        <translation>Producten gearchiveerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products restored from the archive</source>
        <translation>Producten uit het archief teruggezet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product duplicated</source>
        <translation>Product gedupliceerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product facts corrected</source>
        <translation>Productfeiten verbeterd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier version restored</source>
        <translation>Eerdere versie teruggezet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another AI provider stood in</source>
        <translation>Een andere AI-aanbieder nam het over</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products imported</source>
        <translation>Producten geïmporteerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline state changed</source>
        <translation>Status van de pijplijn gewijzigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpublished</source>
        <translation>Publicatie ingetrokken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publishing failed</source>
        <translation>Publiceren mislukt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brand profile changed</source>
        <translation>Merkprofiel gewijzigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline settings changed</source>
        <translation>Pijplijninstellingen gewijzigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt changed</source>
        <translation>Prompt gewijzigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AI provider saved</source>
        <translation>AI-aanbieder opgeslagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AI provider removed</source>
        <translation>AI-aanbieder verwijderd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writers and reviewers assigned</source>
        <translation>Schrijvers en beoordelaars toegewezen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision undone</source>
        <translation>Besluit ongedaan gemaakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo window changed</source>
        <translation>Bedenktijd gewijzigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One-model review changed</source>
        <translation>Beoordeling door één model gewijzigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store connected</source>
        <translation>Winkel gekoppeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store connection changed</source>
        <translation>Winkelkoppeling gewijzigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store connection removed</source>
        <translation>Winkelkoppeling verwijderd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leads imported</source>
        <translation>Leads geïmporteerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead marked</source>
        <translation>Lead gemarkeerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Territory changed</source>
        <translation>Gebied gewijzigd</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+102"/>
        <source>Recorded change</source>
        <translation>Vastgelegde wijziging</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Proposed through the gateway</source>
        <translation>Voorgesteld via de goedkeuringspoort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn by the agent</source>
        <translation>Ingetrokken door de agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt from the agent</source>
        <translation>Ontvangstbewijs van de agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt differs from the approval</source>
        <translation>Ontvangstbewijs wijkt af van de goedkeuring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision told to the agent</source>
        <translation>Besluit aan de agent gemeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decisions acknowledged</source>
        <translation>Besluiten bevestigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent connected</source>
        <translation>Agent verbonden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent disconnected</source>
        <translation>Agent niet meer verbonden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent subscribed to events</source>
        <translation>Agent geabonneerd op gebeurtenissen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key refused</source>
        <translation>Sleutel geweigerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request refused</source>
        <translation>Verzoek geweigerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External agent registered</source>
        <translation>Externe agent geregistreerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway key issued</source>
        <translation>Sleutel voor de goedkeuringspoort uitgegeven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway key revoked</source>
        <translation>Sleutel voor de goedkeuringspoort ingetrokken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway settings changed</source>
        <translation>Instellingen van de goedkeuringspoort gewijzigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked with its key</source>
        <translation>Ingetrokken met de sleutel</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Decided as the only approver</source>
        <translation>Beslist als enige goedkeurder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided as the only approver: %1</source>
        <translation>Beslist als enige goedkeurder: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 — as changed: %2</source>
        <translation>%1 — zoals gewijzigd: %2</translation>
    </message>
</context>
<context>
    <name>ActivityView</name>
    <message>
        <location filename="../ui/panes/ActivityView.cpp" line="+36"/>
        <source>Search the trail…</source>
        <translation>Zoeken in het logboek…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ran on its own</source>
        <translation>Zelfstandig uitgevoerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overrides and rules</source>
        <translation>Ingrepen en regels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verify integrity</source>
        <translation>Integriteit controleren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export JSON…</source>
        <translation>JSON exporteren…</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Verifying</source>
        <translation>Controleren</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>✔ The audit trail is intact: %n entries, each chained to the one before.</source>
        <translation>
            <numerusform>✔ Het auditlogboek is intact: %n regel, aan de vorige geketend.</numerusform>
            <numerusform>✔ Het auditlogboek is intact: %n regels, elk aan de vorige geketend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>⚠ The chain is intact (%n entries), but nothing outside the database vouches for it: a rewrite with recomputed hashes, or dropped newest entries, would not be noticed.</source>
        <translation>
            <numerusform>⚠ De keten is intact (%n regel), maar niets buiten de database staat ervoor in: herschrijven met opnieuw berekende hashes, of weggelaten nieuwste regels, zou niet opvallen.</numerusform>
            <numerusform>⚠ De keten is intact (%n regels), maar niets buiten de database staat ervoor in: herschrijven met opnieuw berekende hashes, of weggelaten nieuwste regels, zou niet opvallen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✘ The audit trail was rewritten or cut short: %1. What the checkpoints outside the database saw is no longer all there.</source>
        <translation>✘ Het auditlogboek is herschreven of ingekort: %1. Wat de controlepunten buiten de database zagen, is er niet meer helemaal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✘ The audit trail was changed: entry %1 is the first that does not verify (%2). Everything from there on cannot be trusted.</source>
        <translation>✘ Het auditlogboek is gewijzigd: regel %1 is de eerste die niet klopt (%2). Vanaf daar is niets meer te vertrouwen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✘ The audit trail was not verified: %1</source>
        <translation>✘ Het auditspoor is niet gecontroleerd: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Exporting</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Export the audit trail as JSON</source>
        <translation>Het auditlogboek als JSON exporteren</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Recompute the SHA-256 chain over every entry, hold it against the checkpoints kept outside the database, and name what was changed</source>
        <translation>De SHA-256-keten over alle regels opnieuw berekenen, naast de controlepunten buiten de database leggen, en noemen wat er is gewijzigd</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Export the audit trail as CSV</source>
        <translation>Het auditlogboek als CSV exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Audit trail exported to %1</source>
        <translation>Auditlogboek geëxporteerd naar %1</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Export failed: %1</source>
        <translation>Exporteren mislukt: %1</translation>
    </message>
</context>
<context>
    <name>AdLaunchRun</name>
    <message>
        <location filename="../services/campaigns/AdLaunchRun.cpp" line="+82"/>
        <source>An ad needs the Facebook Page it runs as: enter the Page ID of %1 in Settings → Connections, then propose the launch again.</source>
        <translation>Een advertentie heeft de Facebook-pagina nodig waarvandaan ze loopt: vul de pagina-ID van %1 in bij Instellingen → Verbindingen en stel de lancering opnieuw voor.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Meta did not list what the launch made so far: %1</source>
        <translation>Meta gaf niet weer wat de lancering tot nu toe heeft gemaakt: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Meta made no id for “%1”.</source>
        <translation>Meta gaf “%1” geen ID.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meta did not create “%1”: %2</source>
        <translation>Meta heeft “%1” niet aangemaakt: %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Meta did not switch on “%1”: %2</source>
        <translation>Meta heeft “%1” niet aangezet: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Meta did not show the launched campaign: %1</source>
        <translation>Meta toonde de gestarte campagne niet: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meta did not show the launched ad set: %1</source>
        <translation>Meta toonde de gestarte advertentieset niet: %1</translation>
    </message>
</context>
<context>
    <name>AdProposals</name>
    <message>
        <location filename="../services/campaigns/AdProposals.cpp" line="+23"/>
        <source>From %1 to %2 (complete days in the account&apos;s time zone): spend %3, purchase value %4, purchases %5, clicks %6, impressions %7.</source>
        <translation>Van %1 tot %2 (volledige dagen in de tijdzone van het account): besteding %3, aankoopwaarde %4, aankopen %5, klikken %6, vertoningen %7.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The chance that its true ROAS is below break-even: %1 %.</source>
        <translation>De kans dat de werkelijke ROAS onder het break-evenpunt ligt: %1 %.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Replayed on this ad set from %1, the rule would not have acted before.</source>
        <translation>Teruggespeeld op deze advertentieset vanaf %1 zou de regel eerder niet hebben ingegrepen.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Replayed on this ad set from %1, the rule would have acted %n time(s); its condition still held three days later in %2 of them.</source>
        <translation>
            <numerusform>Teruggespeeld op deze advertentieset vanaf %1 zou de regel %n keer hebben ingegrepen; drie dagen later gold de voorwaarde in %2 daarvan nog.</numerusform>
            <numerusform>Teruggespeeld op deze advertentieset vanaf %1 zou de regel %n keer hebben ingegrepen; drie dagen later gold de voorwaarde in %2 daarvan nog.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Meta ad insights from %1 to %2</source>
        <translation>Meta-advertentiecijfers van %1 tot %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the ad rule “%1”</source>
        <translation>de advertentieregel “%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Found by the ad rule “%1” in the synced figures.</source>
        <translation>Gevonden door de advertentieregel “%1” in de gesynchroniseerde cijfers.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Raise the budget of “%1” to %2 a day</source>
        <translation>Verhoog het budget van “%1” naar %2 per dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower the budget of “%1” to %2 a day</source>
        <translation>Verlaag het budget van “%1” naar %2 per dag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set the bid cap of “%1” to %2</source>
        <translation>Zet het maximumbod van “%1” op %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+46"/>
        <source>Pause “%1”</source>
        <translation>Pauzeer “%1”</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Resume “%1”</source>
        <translation>Hervat “%1”</translation>
    </message>
</context>
<context>
    <name>AdReportImport</name>
    <message>
        <location filename="../services/campaigns/AdReportImport.cpp" line="+29"/>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>campaign</source>
        <translation>campagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cost</source>
        <translation>kosten</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>This is not an ad report Quorum reads (%1): no row names a day, a campaign and a cost. The first row reads: %2</source>
        <translation>Dit is geen advertentierapport dat Quorum leest (%1): geen rij noemt een dag, een campagne en kosten. De eerste rij luidt: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The %1 report has no %2 column (it may have been renamed; looked for: %3). Its columns are: %4.</source>
        <translation>Het %1-rapport heeft geen kolom voor %2 (misschien hernoemd; gezocht naar: %3). De kolommen zijn: %4.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>line %1: “%2” is not a date</source>
        <translation>regel %1: “%2” is geen datum</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1: the %2 “%3” is not a number</source>
        <translation>regel %1: %2 “%3” is geen getal</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>line %1: %2</source>
        <translation>regel %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 report has no campaign rows.</source>
        <translation>Het %1-rapport heeft geen campagnerijen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No row of the %1 report could be read: %2</source>
        <translation>Geen enkele rij van het %1-rapport kon worden gelezen: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>%1 report: %n campaign(s)</source>
        <translation>
            <numerusform>%1-rapport: %n campagne</numerusform>
            <numerusform>%1-rapport: %n campagnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n campaign day(s)</source>
        <translation>
            <numerusform>, %n campagnedag</numerusform>
            <numerusform>, %n campagnedagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (%n new campaign(s))</source>
        <translation>
            <numerusform> (%n nieuwe campagne)</numerusform>
            <numerusform> (%n nieuwe campagnes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n total row(s) left out</source>
        <translation>
            <numerusform>; %n totaalrij weggelaten</numerusform>
            <numerusform>; %n totaalrijen weggelaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>; %n row(s) not read</source>
        <translation>
            <numerusform>; %n rij niet gelezen</numerusform>
            <numerusform>; %n rijen niet gelezen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n campaign day(s) left as they were, since a row of theirs was not read</source>
        <translation>
            <numerusform>; %n campagnedag ongewijzigd gelaten, omdat een rij ervan niet gelezen werd</numerusform>
            <numerusform>; %n campagnedagen ongewijzigd gelaten, omdat een rij ervan niet gelezen werd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../services/campaigns/AdRuleActions.cpp" line="+230"/>
        <source>Export a shorter period or fewer columns.</source>
        <translation>Exporteer een kortere periode of minder kolommen.</translation>
    </message>
</context>
<context>
    <name>AdRuleActions</name>
    <message>
        <location line="-145"/>
        <source>Every ad account</source>
        <translation>Elk advertentieaccount</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No ad account has figures yet; the backtest runs once the first sync is in.</source>
        <translation>Nog geen advertentieaccount heeft cijfers; de backtest draait zodra de eerste synchronisatie binnen is.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ad account has no figures yet; the backtest runs once its first sync is in.</source>
        <translation>Het advertentieaccount heeft nog geen cijfers; de backtest draait zodra de eerste synchronisatie binnen is.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only an owner sets ad rules: they spend the shop&apos;s money.</source>
        <translation>Alleen een eigenaar stelt advertentieregels in: ze geven het geld van de winkel uit.</translation>
    </message>
</context>
<context>
    <name>AdRuleDialog</name>
    <message>
        <location filename="../ui/dialogs/AdRuleDialog.cpp" line="+91"/>
        <source>Hands off while an ad set is learning</source>
        <translation>Niet ingrijpen zolang een advertentieset leert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live: findings become proposals, judged by the approval rules</source>
        <translation>Live: bevindingen worden voorstellen, beoordeeld door de goedkeuringsregels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit ad rule</source>
        <translation>Advertentieregel bewerken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New ad rule</source>
        <translation>Nieuwe advertentieregel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Every ad account</source>
        <translation>Elk advertentieaccount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every ad set</source>
        <translation>elke advertentieset</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is below</source>
        <translation>is lager dan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is above</source>
        <translation>is hoger dan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> complete days</source>
        <translation> volledige dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <location line="+1"/>
        <source> hours</source>
        <translation> uur</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Only days that ended at least this long ago count: purchases are attributed late.</source>
        <translation>Alleen dagen die minstens zo lang geleden eindigden tellen: aankopen worden laat toegerekend.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A paused ad set is resumed only beyond this (hysteresis), as late purchases arrive.</source>
        <translation>Een gepauzeerde advertentieset wordt pas voorbij deze waarde hervat (hysterese), als late aankopen binnenkomen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>off</source>
        <translation>uit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause only when the chance that the true ROAS is below break-even passes the level.</source>
        <translation>Pauzeer alleen als de kans dat de werkelijke ROAS onder het break-evenpunt ligt dit niveau passeert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A heuristic: larger budget steps are thought to restart learning; Meta states no number.</source>
        <translation>Een vuistregel: grotere budgetstappen zouden het leren opnieuw starten; Meta noemt geen getal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any</source>
        <translation>willekeurig</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pause losers</source>
        <translation>Verliezers pauzeren</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>When</source>
        <translation>Als</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad a&amp;ccount</source>
        <translation>Advertentie&amp;account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad sets named</source>
        <translation>Advertentiesets met in de naam</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Metric</source>
        <translation>&amp;Maatstaf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Over the last</source>
        <translation>Over de laatste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days ended at least</source>
        <translation>Dagen geëindigd minstens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then</source>
        <translation>Dan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Action</source>
        <translation>&amp;Actie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget or bid change</source>
        <translation>Wijziging budget of bod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume above</source>
        <translation>Hervatten boven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break-even ROAS</source>
        <translation>Break-even-ROAS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a chance of at least</source>
        <translation>Met een kans van minstens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brakes</source>
        <translation>Remmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum spend</source>
        <translation>Minimale besteding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum purchases</source>
        <translation>Minimaal aantal aankopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or minimum clicks</source>
        <translation>of minimaal aantal klikken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooldown per ad set</source>
        <translation>Afkoeltijd per advertentieset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest step</source>
        <translation>Grootste stap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad set budget at most</source>
        <translation>Budget advertentieset hooguit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account budgets at most</source>
        <translation>Budgetten account hooguit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions per day at most</source>
        <translation>Acties per dag hooguit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hands off after an edit</source>
        <translation>Niet ingrijpen na een wijziging</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Backtest</source>
        <translation>&amp;Backtest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove rule</source>
        <translation>Regel &amp;verwijderen</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>In words:</source>
        <translation>In woorden:</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Replayed on %1 from %2 to %3 as if live: %n action(s)</source>
        <translation>
            <numerusform>Teruggespeeld op %1 van %2 tot %3 alsof live: %n actie</numerusform>
            <numerusform>Teruggespeeld op %1 van %2 tot %3 alsof live: %n acties</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of them still right three days later; spend saved %2, sales forgone %3.</source>
        <translation>waarvan %1 drie dagen later nog terecht; besteding bespaard %2, verkoop misgelopen %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… en nog %n</numerusform>
            <numerusform>… en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rule “%1” saved. It is live: its ad account is read again now, and what it finds is proposed.</source>
        <translation>Regel “%1” opgeslagen. Hij is live: het advertentieaccount wordt nu opnieuw ingelezen, en wat hij vindt, wordt voorgesteld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule “%1” saved, notify-only: it shows what it would do.</source>
        <translation>Regel “%1” opgeslagen, alleen melden: hij laat zien wat hij zou doen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rule “%1” removed; what it found stays in the activity log.</source>
        <translation>Regel “%1” verwijderd; wat hij vond blijft in het activiteitenlogboek.</translation>
    </message>
</context>
<context>
    <name>AdRuleStore</name>
    <message>
        <location filename="../services/campaigns/AdRuleStore.cpp" line="+65"/>
        <source>The rule names a metric or an action Quorum does not know.</source>
        <translation>De regel noemt een maatstaf of een actie die Quorum niet kent.</translation>
    </message>
</context>
<context>
    <name>AdRules</name>
    <message>
        <location filename="../services/campaigns/AdRules.cpp" line="+64"/>
        <source>pause</source>
        <translation>pauzeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>resume</source>
        <translation>hervatten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lower the budget of</source>
        <translation>het budget verlagen van</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>raise the budget of</source>
        <translation>het budget verhogen van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower the bid of</source>
        <translation>het bod verlagen van</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>raise the bid of</source>
        <translation>het bod verhogen van</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Give the rule a name.</source>
        <translation>Geef de regel een naam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The window must be between 1 and 90 days.</source>
        <translation>De periode moet tussen 1 en 90 dagen liggen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late conversions can be waited for between 0 and 72 hours.</source>
        <translation>Op late conversies kan tussen 0 en 72 uur worden gewacht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the minimum evidence: a spend and a number of purchases or clicks below which the rule never acts.</source>
        <translation>Stel het minimale bewijs in: een besteding en een aantal aankopen of klikken waaronder de regel nooit ingrijpt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A click-through rule needs a minimum number of clicks.</source>
        <translation>Een regel op de doorklikratio heeft een minimaal aantal klikken nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fewer than 0 purchases never happens; choose a threshold above 0.</source>
        <translation>Minder dan 0 aankopen komt nooit voor; kies een drempel boven 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The threshold cannot be negative.</source>
        <translation>De drempel kan niet negatief zijn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The probability condition applies to ROAS pause rules only.</source>
        <translation>De kansvoorwaarde geldt alleen voor regels die op ROAS pauzeren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The probability must be at least 50 % and below 100 %.</source>
        <translation>De kans moet minstens 50 % en minder dan 100 % zijn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set a resume threshold above the pause threshold, so a paused object is not resumed by the same numbers that paused it.</source>
        <translation>Stel een hervatdrempel boven de pauzedrempel in, zodat wat gepauzeerd is niet door dezelfde cijfers weer wordt hervat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set a resume threshold below the pause threshold, so a paused object is not resumed by the same numbers that paused it.</source>
        <translation>Stel een hervatdrempel onder de pauzedrempel in, zodat wat gepauzeerd is niet door dezelfde cijfers weer wordt hervat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say how much to change: a percentage or an amount.</source>
        <translation>Geef aan hoeveel er verandert: een percentage of een bedrag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The maximum step must be between 1 % and 100 %.</source>
        <translation>De grootste stap moet tussen 1 % en 100 % liggen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The change (%1 %) is larger than the maximum step (%2 %).</source>
        <translation>De wijziging (%1 %) is groter dan de grootste stap (%2 %).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A rule that raises budgets needs a daily ceiling per object and one for the whole account.</source>
        <translation>Een regel die budgetten verhoogt heeft een dagplafond per object nodig en een voor het hele account.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A rule that raises bids needs a ceiling for the bid.</source>
        <translation>Een regel die biedingen verhoogt heeft een plafond voor het bod nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules act on ad sets for now; a rule on whole campaigns cannot be saved yet.</source>
        <translation>Regels werken voorlopig op advertentiesets; een regel op hele campagnes kan nog niet worden opgeslagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cooldown must be at least one hour.</source>
        <translation>De afkoeltijd moet minstens een uur zijn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of actions per day must be between 1 and 50.</source>
        <translation>Het aantal acties per dag moet tussen 1 en 50 liggen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hours after a significant edit cannot be negative.</source>
        <translation>Het aantal uren na een belangrijke wijziging kan niet negatief zijn.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>any ad set</source>
        <translation>elke advertentieset</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an ad set whose name contains “%1”</source>
        <translation>een advertentieset waarvan de naam “%1” bevat</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” and “%2” can both act on %3: at %4 over %5, the first would %6 it and the second would %7 it.</source>
        <translation>“%1” en “%2” kunnen allebei ingrijpen op %3: bij %4 over %5 zou de eerste %6 en de tweede %7.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” and “%2” can both act on %3 in opposite directions (%4 it, %5 it) when both conditions hold at once; check that they cannot.</source>
        <translation>“%1” en “%2” kunnen op %3 in tegengestelde richting ingrijpen (%4, %5) als beide voorwaarden tegelijk gelden; controleer dat dat niet kan.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPA</source>
        <translation>CPA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend</source>
        <translation>Besteding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CTR</source>
        <translation>CTR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average daily frequency</source>
        <translation>Gemiddelde dagfrequentie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchases</source>
        <translation>Aankopen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notify</source>
        <translation>Melden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change budget</source>
        <translation>Budget wijzigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change bid</source>
        <translation>Bod wijzigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (no purchases)</source>
        <translation>%1 (geen aankopen)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the last complete day</source>
        <translation>de laatste volledige dag</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>the last %n complete days</source>
        <translation>
            <numerusform>de laatste %n volledige dag</numerusform>
            <numerusform>de laatste %n volledige dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>the last %n days that ended at least %1 hours ago</source>
        <translation>
            <numerusform>de laatste %n dag die minstens %1 uur geleden eindigde</numerusform>
            <numerusform>de laatste %n dagen die minstens %1 uur geleden eindigden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdRulesModel</name>
    <message>
        <location filename="../models/AdRulesModel.cpp" line="+73"/>
        <source>%1 below %2 over %3</source>
        <translation>%1 lager dan %2 over %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 above %2 over %3</source>
        <translation>%1 hoger dan %2 over %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, ad sets named “…%2…”</source>
        <translation>%1, advertentiesets met “%2” in de naam</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Notify</source>
        <translation>Melden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause; resume above %1</source>
        <translation>Pauzeren; hervatten boven %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bid %1</source>
        <translation>Bod %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget %1, at most %2 a day</source>
        <translation>Budget %1, hooguit %2 per dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget %1</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notify-only</source>
        <translation>Alleen melden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>Niets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 held)</source>
        <translation>%1 (%2 tegengehouden)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ad account</source>
        <translation>Advertentieaccount</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Als</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then</source>
        <translation>Dan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found (30 days)</source>
        <translation>Gevonden (30 dagen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last acted</source>
        <translation>Laatst ingegrepen</translation>
    </message>
</context>
<context>
    <name>AdRulesTab</name>
    <message>
        <location filename="../ui/panes/AdRulesTab.cpp" line="+25"/>
        <source>&amp;New rule…</source>
        <translation>&amp;Nieuwe regel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+90"/>
        <source>Make &amp;live</source>
        <translation>&amp;Live zetten</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>No ad rules yet</source>
        <translation>Nog geen advertentieregels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rule watches one figure of your ad sets over whole days and pauses, resumes or re-budgets them, within brakes you set. New rules start notify-only: they show what they would do.</source>
        <translation>Een regel volgt één cijfer van je advertentiesets over hele dagen en pauzeert, hervat of herbudgetteert ze, binnen remmen die jij instelt. Nieuwe regels beginnen met alleen melden: ze laten zien wat ze zouden doen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing found yet</source>
        <translation>Nog niets gevonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rule looks at every ad account sync. What it finds, or what a brake held, is listed here.</source>
        <translation>Een regel kijkt bij elke synchronisatie van het advertentieaccount. Wat hij vindt, of wat een rem tegenhield, staat hier.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Enter or a double click opens the finding&apos;s proposal in Approvals</source>
        <translation>Enter of dubbelklikken opent het voorstel van de bevinding in Goedkeuringen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This finding made no proposal: the rule was notify-only, or a brake held it.</source>
        <translation>Deze bevinding leverde geen voorstel op: de regel stond op alleen melden, of een rem hield haar tegen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Make &amp;notify-only</source>
        <translation>Alleen &amp;melden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What “%1” found</source>
        <translation>Wat “%1” vond</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the rules found</source>
        <translation>Wat de regels vonden</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>“%1” is live: its ad account is read again now, and what the rule finds is proposed and judged by the approval rules.</source>
        <translation>“%1” is live: het advertentieaccount wordt nu opnieuw ingelezen, en wat de regel vindt, wordt voorgesteld en beoordeeld door de goedkeuringsregels.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is notify-only: it shows what it would do and changes nothing.</source>
        <translation>“%1” meldt alleen: hij laat zien wat hij zou doen en verandert niets.</translation>
    </message>
</context>
<context>
    <name>AdSyncRun</name>
    <message>
        <location filename="../services/campaigns/AdSyncRun.cpp" line="+52"/>
        <source>Meta did not say the ad account&apos;s currency and time zone; the token may lack ads_read.</source>
        <translation>Meta gaf de valuta en tijdzone van het advertentieaccount niet; het token mist mogelijk ads_read.</translation>
    </message>
    <message>
        <location filename="../services/campaigns/AdSync.cpp" line="+134"/>
        <location filename="../services/campaigns/AdSyncRun.cpp" line="+173"/>
        <location filename="../services/publishing/Connections.cpp" line="+223"/>
        <source>The ad account connection was removed.</source>
        <translation>De verbinding met het advertentieaccount is verwijderd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The access token of %1 is not available: %2</source>
        <translation>Het toegangstoken van %1 is niet beschikbaar: %2</translation>
    </message>
    <message>
        <location filename="../services/campaigns/AdJobs.cpp" line="+32"/>
        <source>Meta refused the access token of %1 (it expired or was revoked): %2. Enter a new token in Settings → Connections.</source>
        <translation>Meta weigerde het toegangstoken van %1 (verlopen of ingetrokken): %2. Voer een nieuw token in bij Instellingen → Verbindingen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../services/campaigns/AdSyncRun.cpp" line="-61"/>
        <source>%1: %n new finding(s).</source>
        <translation>
            <numerusform>%1: %n nieuwe bevinding.</numerusform>
            <numerusform>%1: %n nieuwe bevindingen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: %n new day(s) looked at.</source>
        <translation>
            <numerusform>%1: %n nieuwe dag bekeken.</numerusform>
            <numerusform>%1: %n nieuwe dagen bekeken.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The token of %1 may not read this ad account: %2</source>
        <translation>Het token van %1 mag dit advertentieaccount niet lezen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta asks to slow down (%1); the sync goes on later.</source>
        <translation>Meta vraagt om het rustiger aan te doen (%1); de synchronisatie gaat later verder.</translation>
    </message>
</context>
<context>
    <name>AdWriteRun</name>
    <message>
        <location filename="../services/campaigns/AdWriteRun.cpp" line="+61"/>
        <source>“%1” was archived or deleted on Meta; nothing was written.</source>
        <translation>“%1” is bij Meta gearchiveerd of verwijderd; er is niets geschreven.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The daily budget of “%1” is %2 on Meta now, not the %3 the proposal started from; someone changed it since. Nothing was written.</source>
        <translation>Het dagbudget van “%1” is nu %2 bij Meta, niet de %3 waar het voorstel van uitging; iemand heeft het sindsdien gewijzigd. Er is niets geschreven.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bid cap of “%1” is %2 on Meta now, not the %3 the proposal started from; someone changed it since. Nothing was written.</source>
        <translation>Het maximumbod van “%1” is nu %2 bij Meta, niet de %3 waar het voorstel van uitging; iemand heeft het sindsdien gewijzigd. Er is niets geschreven.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The daily budget of “%1” is %2 on Meta now, not the %3 the shift started from; someone changed it since.</source>
        <translation>Het dagbudget van “%1” is nu %2 bij Meta, niet de %3 waarvan de verschuiving uitging; iemand heeft het intussen gewijzigd.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Quorum does not know the ad set change “%1”.</source>
        <translation>Quorum kent de advertentiesetwijziging “%1” niet.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The shift stopped there: nothing was moved.</source>
        <translation>De verschuiving stopte daar: er is niets verschoven.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The other ad set&apos;s budget was already lowered by this shift: raise it again on Meta if it should keep its budget.</source>
        <translation>Het budget van de andere advertentieset is door deze verschuiving al verlaagd: verhoog het weer bij Meta als het zijn budget moet houden.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Meta did not take the change to “%1”: %2</source>
        <translation>Meta nam de wijziging van “%1” niet over: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The first half of this shift is done: the other ad set&apos;s budget was lowered.</source>
        <translation>De eerste helft van deze verschuiving is gedaan: het budget van de andere advertentieset is verlaagd.</translation>
    </message>
</context>
<context>
    <name>AddProductDialog</name>
    <message>
        <location filename="../ui/dialogs/AddProductDialog.cpp" line="+74"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a product</source>
        <translation>Product toevoegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merino Crew Sweater</source>
        <translation>Merino trui met ronde hals</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional, e.g. APP-001: your store&apos;s stock code</source>
        <translation>Optioneel, bijv. APP-001: de artikelcode van je winkel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One or two sentences of facts: what it is, what it is made of, what it is for.</source>
        <translation>Een of twee zinnen met feiten: wat het is, waarvan het gemaakt is, waarvoor het dient.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Optional: what it costs you</source>
        <translation>Optioneel: wat het jou kost</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Apparel, Home, …</source>
        <translation>Kleding, Wonen, …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drop image files here, or use Add images</source>
        <translation>Sleep afbeeldingen hierheen, of gebruik Afbeeldingen toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional, e.g. merino wool</source>
        <translation>Optioneel, bijv. merinowol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional, e.g. S, M, L, XL</source>
        <translation>Optioneel, bijv. S, M, L, XL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, e.g. commuters who want one warm layer</source>
        <translation>Optioneel, bijv. forenzen die één warme laag willen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: one web address per line</source>
        <translation>Optioneel: één webadres per regel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: how this product should sound, if not like the rest of the shop</source>
        <translation>Optioneel: hoe dit product moet klinken, als dat anders is dan de rest van de winkel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add images…</source>
        <translation>Afbeeldingen toevoegen…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;KU</source>
        <translation>S&amp;KU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>&amp;Omschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Price</source>
        <translation>&amp;Prijs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ost</source>
        <translation>&amp;Kostprijs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category</source>
        <translation>&amp;Categorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Images</source>
        <translation>&amp;Afbeeldingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Material</source>
        <translation>&amp;Materiaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;zes</source>
        <translation>&amp;Maten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audience</source>
        <translation>&amp;Doelgroep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compe&amp;titors</source>
        <translation>Con&amp;currenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand &amp;voice</source>
        <translation>&amp;Merkstem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the corrected facts; content that states them is checked again (Ctrl+Enter)</source>
        <translation>De verbeterde feiten opslaan; content die ze noemt wordt opnieuw gecontroleerd (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Images cannot be changed here.</source>
        <translation>Afbeeldingen kun je hier niet wijzigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add and run</source>
        <translation>Toevoegen en starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the product and have the pipeline write its listing now (Ctrl+Enter)</source>
        <translation>Voeg het product toe en laat de pijplijn nu de productpagina schrijven (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add as draft</source>
        <translation>Als concept toevoegen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Your unsaved product is back, as you left it. &lt;a href=&quot;discard&quot;&gt;Start over&lt;/a&gt;</source>
        <translation>Je niet-opgeslagen product is terug, zoals je het achterliet. &lt;a href=&quot;discard&quot;&gt;Opnieuw beginnen&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Margin %1% (target %2%)</source>
        <translation>Marge %1% (doel %2%)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose up to three images</source>
        <translation>Kies maximaal drie afbeeldingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.webp *.gif)</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>“%1” is not an amount; write it like 89.00.</source>
        <translation>„%1” is geen bedrag; schrijf het als 89,00.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not an amount; write it like 31.50.</source>
        <translation>„%1” is geen bedrag; schrijf het als 31,50.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not an image Quorum can read.</source>
        <translation>%1 is geen afbeelding die Quorum kan lezen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Some fields need attention.</source>
        <translation>Enkele velden hebben aandacht nodig.</translation>
    </message>
</context>
<context>
    <name>AgentData</name>
    <message>
        <location filename="../services/agents/AgentRoster.cpp" line="+52"/>
        <source>orders</source>
        <translation>bestellingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers</source>
        <translation>klanten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stock levels</source>
        <translation>voorraadniveaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>products and their facts</source>
        <translation>producten en hun feiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>generated content</source>
        <translation>gegenereerde content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ad sets and their daily figures</source>
        <translation>advertentiesets en hun dagcijfers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the approval history</source>
        <translation>de geschiedenis van goedkeuringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approval rules</source>
        <translation>goedkeuringsregels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reorder rules</source>
        <translation>regels voor bijbestellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A/B tests</source>
        <translation>A/B-tests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the owner&apos;s goals</source>
        <translation>de doelen van de eigenaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI spend</source>
        <translation>AI-uitgaven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>demand forecasts</source>
        <translation>vraagvoorspellingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>competitors&apos; prices</source>
        <translation>prijzen van concurrenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product reviews</source>
        <translation>productreviews</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the supplier list</source>
        <translation>de leverancierslijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the waiting proposals</source>
        <translation>de wachtende voorstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the work waiting for AI calls</source>
        <translation>het werk dat op AI-aanroepen wacht</translation>
    </message>
</context>
<context>
    <name>AgentKeys</name>
    <message>
        <location filename="../services/gateway/AgentKeys.cpp" line="+73"/>
        <source>Give the agent a name (at most 60 characters).</source>
        <translation>Geef de agent een naam (hoogstens 60 tekens).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An agent called %1 exists already.</source>
        <translation>Er bestaat al een agent met de naam %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the cluster the agent works in.</source>
        <translation>Kies het cluster waarin de agent werkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one kind of action it may propose.</source>
        <translation>Kies minstens één soort actie die hij mag voorstellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a kind of action.</source>
        <translation>“%1” is geen soort actie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The daily limit cannot be negative.</source>
        <translation>De daglimiet kan niet negatief zijn.</translation>
    </message>
</context>
<context>
    <name>AgentNames</name>
    <message>
        <location filename="../services/agents/PipelineAgents.cpp" line="+22"/>
        <source>Content Writer</source>
        <translation>Contentschrijver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quality Reviewer</source>
        <translation>Kwaliteitsbeoordelaar</translation>
    </message>
    <message>
        <location filename="../services/storesync/StockPool.cpp" line="+19"/>
        <source>Stock Keeper</source>
        <translation>Voorraadbeheerder</translation>
    </message>
    <message>
        <location filename="../services/campaigns/AdProposals.cpp" line="-112"/>
        <source>Ad Rules</source>
        <translation>Advertentieregels</translation>
    </message>
    <message>
        <location filename="../services/campaigns/Experiments.cpp" line="+23"/>
        <source>A/B tests</source>
        <translation>A/B-tests</translation>
    </message>
    <message>
        <location filename="../services/demo/DemoSeeder.cpp" line="+150"/>
        <source>Demo example</source>
        <translation>Demovoorbeeld</translation>
    </message>
    <message>
        <location filename="../services/shopagents/FraudAgent.cpp" line="+20"/>
        <source>Fraud Detection</source>
        <translation>Fraudedetectie</translation>
    </message>
    <message>
        <location filename="../services/shopagents/SegmentsAgent.cpp" line="+17"/>
        <source>Customer Segments</source>
        <translation>Klantsegmenten</translation>
    </message>
    <message>
        <location filename="../services/shopagents/ShopAgents.cpp" line="-101"/>
        <source>Publisher</source>
        <translation>Publicist</translation>
    </message>
    <message>
        <location filename="../services/shopagents/CeoAgent.cpp" line="+21"/>
        <source>CEO</source>
        <translation>CEO</translation>
    </message>
    <message>
        <location filename="../services/shopagents/DemandAgent.cpp" line="+27"/>
        <source>Demand Forecast</source>
        <translation>Vraagvoorspelling</translation>
    </message>
    <message>
        <location filename="../services/shopagents/PricingAgent.cpp" line="+24"/>
        <source>Pricing</source>
        <translation>Prijzen</translation>
    </message>
    <message>
        <location filename="../services/shopagents/ReviewDesk.cpp" line="+20"/>
        <source>Review Desk</source>
        <translation>Reviewbalie</translation>
    </message>
    <message>
        <location filename="../services/shopagents/FinanceWatch.cpp" line="+16"/>
        <source>Finance Watch</source>
        <translation>Financiële wacht</translation>
    </message>
    <message>
        <location filename="../services/shopagents/ScoutAgent.cpp" line="+24"/>
        <source>Scout</source>
        <translation>Trendverkenner</translation>
    </message>
    <message>
        <location filename="../services/shopagents/SupplierAgent.cpp" line="+24"/>
        <source>Supplier Vetting</source>
        <translation>Leverancierskeuring</translation>
    </message>
    <message>
        <location filename="../services/shopagents/SocialAgent.cpp" line="+23"/>
        <source>Social</source>
        <translation>Sociale media</translation>
    </message>
    <message>
        <location filename="../services/shopagents/SeoAgent.cpp" line="+26"/>
        <source>SEO</source>
        <translation>SEO</translation>
    </message>
    <message>
        <location filename="../services/shopagents/PromptTrialAgent.cpp" line="+16"/>
        <source>Prompt trials</source>
        <translation>Prompttests</translation>
    </message>
</context>
<context>
    <name>AgentRoles</name>
    <message>
        <location filename="../services/agents/PipelineAgents.cpp" line="+2"/>
        <location filename="../services/shopagents/ShopAgents.cpp" line="-7"/>
        <source>Writes the content set and answers the reviewer</source>
        <translation>Schrijft de content en antwoordt de beoordelaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../services/shopagents/ShopAgents.cpp" line="+1"/>
        <source>Reviews every piece against the rubric</source>
        <translation>Beoordeelt elk stuk aan de hand van de rubriek</translation>
    </message>
    <message>
        <location filename="../services/shopagents/FraudAgent.cpp" line="+2"/>
        <source>Scores new orders for fraud and proposes holding risky ones</source>
        <translation>Beoordeelt nieuwe bestellingen op fraude en stelt voor riskante aan te houden</translation>
    </message>
    <message>
        <location filename="../services/shopagents/SegmentsAgent.cpp" line="+2"/>
        <source>Groups customers by recency, frequency and spend; flags churn risk</source>
        <translation>Groepeert klanten naar recentheid, frequentie en besteding; signaleert kans op vertrek</translation>
    </message>
    <message>
        <location filename="../services/shopagents/ShopAgents.cpp" line="+1"/>
        <source>Proposes publishing accepted products and pages to the stores and sites</source>
        <translation>Stelt voor goedgekeurde producten en pagina&apos;s te publiceren in de winkels en op de sites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps stock in step across stores and proposes reorders</source>
        <translation>Houdt de voorraad gelijk over de winkels en stelt bijbestellingen voor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs the campaign rules on each ad sync and proposes ad set changes</source>
        <translation>Past de campagneregels toe bij elke advertentiesynchronisatie en stelt wijzigingen van advertentiesets voor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looks at the A/B tests&apos; new days and proposes declaring winners</source>
        <translation>Bekijkt de nieuwe dagen van de A/B-tests en stelt voor winnaars uit te roepen</translation>
    </message>
    <message>
        <location filename="../services/shopagents/DemandAgent.cpp" line="+1"/>
        <source>Forecasts each variant&apos;s demand and proposes reorders before the stock runs out</source>
        <translation>Voorspelt de vraag per variant en stelt nabestellingen voor voordat de voorraad op is</translation>
    </message>
    <message>
        <location filename="../services/shopagents/PricingAgent.cpp" line="+1"/>
        <source>Proposes prices per variant from the margin floor, the response of sales to price and competitors&apos; prices</source>
        <translation>Stelt prijzen per variant voor op basis van de margevloer, de reactie van de verkoop op de prijs en de prijzen van concurrenten</translation>
    </message>
    <message>
        <location filename="../services/shopagents/ReviewDesk.cpp" line="+2"/>
        <source>Reads product reviews for sentiment and topics and drafts replies for approval</source>
        <translation>Leest productreviews op sentiment en onderwerpen en schrijft antwoorden ter goedkeuring</translation>
    </message>
    <message>
        <location filename="../services/shopagents/FinanceWatch.cpp" line="+1"/>
        <source>Keeps the daily profit and loss and alerts on revenue drops, ad pacing and AI spend</source>
        <translation>Houdt de dagelijkse winst en het verlies bij en waarschuwt bij omzetdalingen, advertentietempo en AI-uitgaven</translation>
    </message>
    <message>
        <location filename="../services/shopagents/ScoutAgent.cpp" line="+2"/>
        <source>Ranks products by momentum and proposes featuring, retiring and bundling</source>
        <translation>Rangschikt producten op momentum en stelt uitlichten, uit het assortiment nemen en bundelen voor</translation>
    </message>
    <message>
        <location filename="../services/shopagents/SupplierAgent.cpp" line="+2"/>
        <source>Compares new suppliers in the supplier list with the current ones</source>
        <translation>Vergelijkt nieuwe leveranciers uit de leverancierslijst met de huidige</translation>
    </message>
    <message>
        <location filename="../services/shopagents/SocialAgent.cpp" line="+1"/>
        <source>Proposes posts about new and rising products, at the hour the shop&apos;s customers buy</source>
        <translation>Stelt berichten voor over nieuwe en stijgende producten, op het uur waarop de klanten van de winkel kopen</translation>
    </message>
    <message>
        <location filename="../services/shopagents/CeoAgent.cpp" line="+1"/>
        <source>Measures the month against the owner&apos;s goals, explains what is off track and shares out the AI budget</source>
        <translation>Meet de maand aan de doelen van de eigenaar, legt uit wat achterloopt en verdeelt het AI-budget</translation>
    </message>
    <message>
        <location filename="../services/shopagents/SeoAgent.cpp" line="+1"/>
        <source>Checks the content in the store against today&apos;s facts and gate, and proposes refreshing what no longer holds</source>
        <translation>Controleert de inhoud in de winkel tegen de feiten en de akkoordpoort van vandaag, en stelt voor te vernieuwen wat niet meer klopt</translation>
    </message>
    <message>
        <location filename="../services/gateway/AgentKeys.cpp" line="-63"/>
        <source>External agent: proposes through the approval gateway</source>
        <translation>Externe agent: stelt voor via de goedkeuringspoort</translation>
    </message>
    <message>
        <location filename="../services/shopagents/PromptTrialAgent.cpp" line="+1"/>
        <source>Watches the prompts on trial and proposes keeping the version that passes the gate more often</source>
        <translation>Volgt de prompts die getest worden en stelt voor de versie te houden die vaker door de poort komt</translation>
    </message>
</context>
<context>
    <name>AgentRuns</name>
    <message>
        <location filename="../services/agents/AgentRuns.cpp" line="+83"/>
        <source>No agent called %1 is on this version&apos;s roster.</source>
        <translation>Deze versie heeft geen agent met de naam %1.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Stopped: the run took longer than %1 s, the most a run may take. Nothing it did was kept.</source>
        <translation>Gestopt: de run duurde langer dan %1 s, het langste dat een run mag duren. Niets ervan is bewaard.</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>%1 runs when its events come, not on request.</source>
        <translation>%1 draait wanneer zijn gebeurtenissen komen, niet op verzoek.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is paused: resume it first.</source>
        <translation>%1 is gepauzeerd: hervat hem eerst.</translation>
    </message>
</context>
<context>
    <name>AgentsModel</name>
    <message>
        <location filename="../models/AgentsModel.cpp" line="+271"/>
        <source>Cluster / agent</source>
        <translation>Cluster / agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heartbeat</source>
        <translation>Hartslag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load</source>
        <translation>Werklast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Success</source>
        <translation>Geslaagd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avg. latency</source>
        <translation>Gem. latentie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AI cost</source>
        <translation>AI-kosten</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Counts the agents that are not paused or stopped: paused on purpose is not a fault.</source>
        <translation>Telt de agents die niet gepauzeerd of gestopt zijn: bewust gepauzeerd is geen fout.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n need(s) data</source>
        <translation>
            <numerusform>%n mist gegevens</numerusform>
            <numerusform>%n missen gegevens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n not run yet</source>
        <translation>
            <numerusform>%n nog niet gedraaid</numerusform>
            <numerusform>%n nog niet gedraaid</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All stopped (emergency stop)</source>
        <translation>Alles gestopt (noodstop)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All paused</source>
        <translation>Alles gepauzeerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 healthy</source>
        <translation>%1 van %2 gezond</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 paused</source>
        <translation> · %1 gepauzeerd</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n need(s) data</source>
        <translation>
            <numerusform> · %n zonder data</numerusform>
            <numerusform> · %n zonder data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n not run yet</source>
        <translation>
            <numerusform> · %n nog niet gedraaid</numerusform>
            <numerusform> · %n nog niet gedraaid</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+84"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+84"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>AgentsPane</name>
    <message>
        <location filename="../ui/panes/AgentsPane.cpp" line="+38"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search agents…</source>
        <translation>Agents zoeken…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No agents registered</source>
        <translation>Geen agents geregistreerd</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Run now</source>
        <translation>Nu uitvoeren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every agent here is code: it runs on its schedule or when its events come, and proposes through the risk engine. Select one to see what it reads and proposes.</source>
        <translation>Elke agent hier is code: hij draait volgens zijn schema of wanneer zijn gebeurtenissen komen, en doet voorstellen via de risico-engine. Selecteer er een om te zien wat hij leest en voorstelt.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The agents register when the workspace opens; this one has none yet.</source>
        <translation>De agents melden zich aan wanneer de werkruimte opent; deze heeft er nog geen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No agent matches</source>
        <translation>Geen agent gevonden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the search to see every cluster.</source>
        <translation>Wis de zoekopdracht om alle clusters te zien.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No calls yet: endpoints appear here once the workers have called them.</source>
        <translation>Nog geen aanroepen: eindpunten verschijnen hier zodra de workers ze hebben aangeroepen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select an agent to see what it reads, what it may propose and what its last run found.</source>
        <translation>Selecteer een agent om te zien wat hij leest, wat hij mag voorstellen en wat zijn laatste run vond.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>It has not run yet.</source>
        <translation>Hij heeft nog niet gedraaid.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Last run %1: %2</source>
        <translation>Laatste run %1: %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Last run %1.</source>
        <translation>Laatste run %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It works inside the product runs; last seen %1.</source>
        <translation>Hij werkt binnen de productruns; laatst gezien %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing (it reports)</source>
        <translation>niets (hij rapporteert)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Reads: %1. May propose: %2. Runs %3.</source>
        <translation>Leest: %1. Mag voorstellen: %2. Draait %3.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Services Quorum calls</source>
        <translation>Diensten die Quorum aanroept</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The AI providers, stores and ad platforms the workers call. After repeated failures Quorum pauses the calls to a service and tries one when it may have recovered; the limit is how many calls at once the service accepts, found without tuning.</source>
        <translation>De AI-aanbieders, winkels en advertentieplatforms die de workers aanroepen. Na herhaalde fouten pauzeert Quorum de aanroepen naar een dienst en probeert er één zodra die hersteld kan zijn; de limiet is hoeveel aanroepen tegelijk de dienst aanneemt, gevonden zonder afstellen.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>AI budget: %1 a day.</source>
        <translation>AI-budget: %1 per dag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI budget: none, it calls no AI.</source>
        <translation>AI-budget: geen, hij roept geen AI aan.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 runs now; its result appears here when it is done.</source>
        <translation>%1 draait nu; het resultaat verschijnt hier wanneer hij klaar is.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Run it now instead of at its next time</source>
        <translation>Nu uitvoeren in plaats van op het volgende tijdstip</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select an agent that runs on a schedule</source>
        <translation>Selecteer een agent die volgens een schema draait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause…</source>
        <translation>Pauzeren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select an agent or a cluster to pause or resume it</source>
        <translation>Kies een agent of een cluster om die te pauzeren of te hervatten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resume the %1 cluster</source>
        <translation>Cluster %1 hervatten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause the %1 cluster</source>
        <translation>Cluster %1 pauzeren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resume %1</source>
        <translation>%1 hervatten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause %1</source>
        <translation>%1 pauzeren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A paused agent takes no work, and every proposal of it waits for a person</source>
        <translation>Een gepauzeerde agent neemt geen werk aan en elk voorstel ervan wacht op een persoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewers change nothing</source>
        <translation>Kijkers wijzigen niets</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Resumed; it takes work again.</source>
        <translation>Hervat; neemt weer werk aan.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused; its proposals wait for a person.</source>
        <translation>Gepauzeerd; de voorstellen wachten op een persoon.</translation>
    </message>
</context>
<context>
    <name>AiBudget</name>
    <message>
        <location filename="../services/shopagents/AiBudget.cpp" line="+263"/>
        <source>No AI spend ceiling among the goals: each agent keeps its own daily AI budget.</source>
        <translation>Geen plafond voor AI-uitgaven bij de doelen: elke agent houdt zijn eigen dagbudget voor AI.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Shared today&apos;s AI budget of %1: %2 set aside for %n content run(s), %3.</source>
        <translation>
            <numerusform>Het AI-budget van vandaag (%1) verdeeld: %2 apart gezet voor %n contentrun, %3.</numerusform>
            <numerusform>Het AI-budget van vandaag (%1) verdeeld: %2 apart gezet voor %n contentruns, %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 a day</source>
        <translation>%1 per dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>geen limiet</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>today&apos;s %1 under the monthly ceiling (%2, of which %3 spent before today; %n day(s) left)</source>
        <translation>
            <numerusform>de %1 van vandaag onder het maandplafond (%2, waarvan %3 vóór vandaag uitgegeven; nog %n dag)</numerusform>
            <numerusform>de %1 van vandaag onder het maandplafond (%2, waarvan %3 vóór vandaag uitgegeven; nog %n dagen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>AI budget: the content runs&apos; daily budget in Settings (%1).</source>
        <translation>AI-budget: het dagbudget van de contentruns in Instellingen (%1).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Of %1 the CEO sets aside %2 for the %n content run(s) waiting</source>
        <translation>
            <numerusform>Van %1 zet de CEO %2 apart voor de %n wachtende contentrun</numerusform>
            <numerusform>Van %1 zet de CEO %2 apart voor de %n wachtende contentruns</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (a product&apos;s content: %1 over the last 30 days).</source>
        <translation> (de content van een product: %1 over de laatste 30 dagen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (no content cost measured in 30 days).</source>
        <translation> (in 30 dagen geen contentkosten gemeten).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AI budget: %1 a day, its own (set an AI spend ceiling among the goals for the CEO to share it out).</source>
        <translation>AI-budget: %1 per dag, zijn eigen (stel bij de doelen een plafond voor AI-uitgaven in, dan verdeelt de CEO het).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AI budget today: %1, its share of %2; %3 set aside for the content runs.</source>
        <translation>AI-budget vandaag: %1, zijn deel van %2; %3 apart gezet voor de contentruns.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AI budget: %1, its share of the %2 the CEO shared out on %3; it holds until the CEO&apos;s next run shares today&apos;s out.</source>
        <translation>AI-budget: %1, zijn deel van de %2 die de CEO op %3 verdeelde; dat geldt tot de volgende run van de CEO het budget van vandaag verdeelt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was waiting when it was shared out.</source>
        <translation>Er wachtte niets toen het werd verdeeld.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) waiting when it was shared out, at %1 each (the mean of the last 30 days).</source>
        <translation>
            <numerusform>%n item wachtte toen het werd verdeeld, à %1 (het gemiddelde van de laatste 30 dagen).</numerusform>
            <numerusform>%n items wachtten toen het werd verdeeld, à %1 per stuk (het gemiddelde van de laatste 30 dagen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n item(s) waiting when it was shared out; nothing measured in 30 days, so its need counts as its own budget (%1).</source>
        <translation>
            <numerusform>%n item wachtte toen het werd verdeeld; in 30 dagen niets gemeten, dus telt de behoefte als zijn eigen budget (%1).</numerusform>
            <numerusform>%n items wachtten toen het werd verdeeld; in 30 dagen niets gemeten, dus telt de behoefte als zijn eigen budget (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Scaled by its track record: %1 % of %n decided were approved.</source>
        <translation>
            <numerusform>Geschaald naar zijn staat van dienst: %1 % van %n beslist voorstel goedgekeurd.</numerusform>
            <numerusform>Geschaald naar zijn staat van dienst: %1 % van %n besliste voorstellen goedgekeurd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Not scaled by its track record yet: %n of %1 decisions so far.</source>
        <translation>
            <numerusform>Nog niet geschaald naar zijn staat van dienst: %n van %1 beslissingen tot nu toe.</numerusform>
            <numerusform>Nog niet geschaald naar zijn staat van dienst: %n van %1 beslissingen tot nu toe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AiShares</name>
    <message>
        <location line="-311"/>
        <source>review replies</source>
        <translation>antwoorden op reviews</translation>
    </message>
</context>
<context>
    <name>Anomalies</name>
    <message>
        <location filename="../services/campaigns/Anomalies.cpp" line="+164"/>
        <source>Spend</source>
        <translation>Uitgaven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPA</source>
        <translation>CPA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CTR</source>
        <translation>CTR</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 on %2: %3, usually %4</source>
        <translation>%1 op %2: %3, meestal %4</translation>
    </message>
</context>
<context>
    <name>AnomaliesModel</name>
    <message>
        <location filename="../models/AnomaliesModel.cpp" line="+49"/>
        <source>Robust z-score %1 against the 28 days before, weekday by weekday (flagged beyond ±3.5)</source>
        <translation>Robuuste z-score %1 tegenover de 28 dagen ervoor, per weekdag (gemeld voorbij ±3,5)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metric</source>
        <translation>Maatstaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usually</source>
        <translation>Meestal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Robust z</source>
        <translation>Robuuste z</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AnomalyStrip</name>
    <message>
        <location filename="../ui/widgets/NoticeStrip.cpp" line="+65"/>
        <source>A robust z-score beyond ±3.5: the day against the median of the 28 days before, weekday by weekday. ROAS and CPA are judged on days at least 4 days old, once late purchases are in.</source>
        <translation>Een robuuste z-score voorbij ±3,5: de dag tegenover de mediaan van de 28 dagen ervoor, per weekdag. ROAS en CPA worden beoordeeld op dagen van minstens 4 dagen oud, als de late aankopen binnen zijn.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>⚠ Unusual days: %1</source>
        <translation>⚠ Ongewone dagen: %1</translation>
    </message>
</context>
<context>
    <name>ApiCaller</name>
    <message>
        <location filename="../services/resilience/ApiCaller.cpp" line="+84"/>
        <source>%1 is failing repeatedly; calls are paused for a moment (circuit open)</source>
        <translation>%1 faalt herhaaldelijk; aanroepen worden even gepauzeerd (circuit open)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1; the server asks to wait %2 s, longer than Quorum waits</source>
        <translation>%1; de server vraagt %2 s te wachten, langer dan Quorum wacht</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
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
        <location filename="../app/Application.cpp" line="+146"/>
        <source>Publishing cannot use some connections</source>
        <translation>Publiceren kan sommige verbindingen niet gebruiken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some connection secrets could not be read. Publishing to those connections fails until the secret is entered again in Settings → Connections, or supplied as described below:</source>
        <translation>Sommige geheimen van verbindingen konden niet gelezen worden. Publiceren naar die verbindingen mislukt tot het geheim opnieuw is ingevuld in Instellingen → Verbindingen, of opgegeven zoals hieronder beschreven:</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>Cannot open the workspace</source>
        <translation>Kan de werkruimte niet openen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose an empty folder for the new workspace</source>
        <translation>Kies een lege map voor de nieuwe werkruimte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a workspace folder</source>
        <translation>Werkruimtemap openen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not a workspace</source>
        <translation>Geen werkruimte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not hold a Quorum workspace (quorum.db, or team.json for a team&apos;s). Choose “New workspace” to create one there.</source>
        <translation>%1 bevat geen Quorum-werkruimte (quorum.db, of team.json voor die van een team). Kies “Nieuwe werkruimte” om er daar een te maken.</translation>
    </message>
</context>
<context>
    <name>ApprovalActions</name>
    <message>
        <location filename="../services/approvals/ApprovalActions.cpp" line="+38"/>
        <source>Nothing was changed: the workspace refused the write (%1).</source>
        <translation>Er is niets gewijzigd: de werkruimte weigerde het schrijven (%1).</translation>
    </message>
    <message>
        <location line="+431"/>
        <source>There is no agent called %1.</source>
        <translation>Er is geen agent met de naam %1.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The %1 cluster has no agents.</source>
        <translation>Cluster %1 heeft geen agents.</translation>
    </message>
    <message>
        <location line="-340"/>
        <source>The team server cannot be reached: changing a proposal needs it (approving and rejecting are kept on this computer until it answers).</source>
        <translation>De teamserver is niet bereikbaar: een voorstel wijzigen kan pas als hij antwoordt (goedkeuren en afwijzen worden op deze computer bewaard tot hij weer antwoordt).</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Only an owner changes how decisions are taken.</source>
        <translation>Alleen een eigenaar wijzigt hoe besluiten worden genomen.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 may not decide proposals.</source>
        <translation>%1 mag niet over voorstellen beslissen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A rejection needs a reason.</source>
        <translation>Een afwijzing heeft een reden nodig.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>proposal %1</source>
        <translation>voorstel %1</translation>
    </message>
    <message>
        <location line="+180"/>
        <location line="+30"/>
        <source>Only an owner changes approval rules.</source>
        <translation>Alleen een eigenaar wijzigt goedkeuringsregels.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>There is no rule called %1.</source>
        <translation>Er is geen regel met de naam %1.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>There is no active profile called %1.</source>
        <translation>Er is geen actief profiel met de naam %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only an owner may act as someone else; %1 may go back to their own profile.</source>
        <translation>Alleen een eigenaar mag als iemand anders werken; %1 kan terug naar het eigen profiel.</translation>
    </message>
</context>
<context>
    <name>ApprovalDecisions</name>
    <message numerus="yes">
        <location filename="../ui/panes/ApprovalDecisions.cpp" line="+35"/>
        <source>Approve %n proposals?</source>
        <translation>
            <numerusform>%n voorstel goedkeuren?</numerusform>
            <numerusform>%n voorstellen goedkeuren?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These will run as shown, as soon as a worker takes them:</source>
        <translation>Deze worden uitgevoerd zoals getoond, zodra een worker ze oppakt:</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Approve %n</source>
        <translation>
            <numerusform>%n goedkeuren</numerusform>
            <numerusform>%n goedkeuren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Approve your own change?</source>
        <translation>Je eigen wijziging goedkeuren?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject as the only approver?</source>
        <translation>Afwijzen als enige goedkeurder?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody else in this workspace may decide &lt;b&gt;%1&lt;/b&gt;, so the usual rule that someone else decides a change does not hold here.</source>
        <translation>Niemand anders in deze werkruimte mag over &lt;b&gt;%1&lt;/b&gt; beslissen, dus de gewone regel dat iemand anders over een wijziging beslist, geldt hier niet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Activity log records that you decided it as the only approver. Add a second approver in Settings → Users to keep decisions in two pairs of hands.</source>
        <translation>Het activiteitenlogboek legt vast dat je dit als enige goedkeurder hebt beslist. Voeg een tweede goedkeurder toe in Instellingen → Gebruikers om besluiten in twee paar handen te houden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I am the only approver: approve</source>
        <translation>Ik ben de enige goedkeurder: goedkeuren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I am the only approver: reject…</source>
        <translation>Ik ben de enige goedkeurder: afwijzen…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reject &lt;b&gt;%1&lt;/b&gt;? Nothing of it runs.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; afwijzen? Er wordt niets van uitgevoerd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pieces are written again with your reason as the writer&apos;s instruction.</source>
        <translation>De onderdelen worden opnieuw geschreven, met jouw reden als instructie voor de schrijver.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Reject %n proposals? Nothing of them runs; each keeps your reason.</source>
        <translation>
            <numerusform>%n voorstel afwijzen? Er wordt niets van uitgevoerd; uw reden wordt bewaard.</numerusform>
            <numerusform>%n voorstellen afwijzen? Er wordt niets van uitgevoerd; elk bewaart uw reden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reject proposal</source>
        <translation>Voorstel afwijzen</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Reject %n proposals</source>
        <translation>
            <numerusform>%n voorstel afwijzen</numerusform>
            <numerusform>%n voorstellen afwijzen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Changed; it waits for someone else: %1</source>
        <translation>Gewijzigd; het wacht op iemand anders: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed and approved; it runs in a few seconds unless you undo it: %1</source>
        <translation>Gewijzigd en goedgekeurd; het wordt over een paar seconden uitgevoerd, tenzij je het ongedaan maakt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed and approved; it runs now: %1</source>
        <translation>Gewijzigd en goedgekeurd; het wordt nu uitgevoerd: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed and approved.</source>
        <translation>Gewijzigd en goedgekeurd.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not run again</source>
        <translation>Niet opnieuw uitgevoerd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” runs again; what it does next shows in the proposal.</source>
        <translation>“%1” wordt opnieuw uitgevoerd; wat er gebeurt, zie je in het voorstel.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Approved %n; kept on this computer until the team server answers, then it reaches the team.</source>
        <translation>
            <numerusform>%n goedgekeurd; bewaard op deze computer tot de teamserver antwoordt, dan bereikt het het team.</numerusform>
            <numerusform>%n goedgekeurd; bewaard op deze computer tot de teamserver antwoordt, dan bereiken ze het team.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Rejected %n; kept on this computer until the team server answers, then it reaches the team.</source>
        <translation>
            <numerusform>%n afgewezen; bewaard op deze computer tot de teamserver antwoordt, dan bereikt het het team.</numerusform>
            <numerusform>%n afgewezen; bewaard op deze computer tot de teamserver antwoordt, dan bereiken ze het team.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Approved %n (kept offline).</source>
        <translation>
            <numerusform>%n goedgekeurd (offline bewaard).</numerusform>
            <numerusform>%n goedgekeurd (offline bewaard).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Rejected %n (kept offline).</source>
        <translation>
            <numerusform>%n afgewezen (offline bewaard).</numerusform>
            <numerusform>%n afgewezen (offline bewaard).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Approved %n; it runs in a few seconds unless you undo it.</source>
        <translation>
            <numerusform>%n goedgekeurd; het wordt over een paar seconden uitgevoerd, tenzij je het ongedaan maakt.</numerusform>
            <numerusform>%n goedgekeurd; ze worden over een paar seconden uitgevoerd, tenzij je het ongedaan maakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Rejected %n; you can undo it for a few seconds.</source>
        <translation>
            <numerusform>%n afgewezen; je kunt het nog een paar seconden ongedaan maken.</numerusform>
            <numerusform>%n afgewezen; je kunt het nog een paar seconden ongedaan maken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Approved %n.</source>
        <translation>
            <numerusform>%n goedgekeurd.</numerusform>
            <numerusform>%n goedgekeurd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approved “%1”.</source>
        <translation>“%1” goedgekeurd.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected “%1”.</source>
        <translation>“%1” afgewezen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Approved %n; it runs as soon as a worker takes it.</source>
        <translation>
            <numerusform>%n goedgekeurd; het wordt uitgevoerd zodra een worker het oppakt.</numerusform>
            <numerusform>%n goedgekeurd; ze worden uitgevoerd zodra een worker ze oppakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-9"/>
        <location line="+10"/>
        <source>Rejected %n.</source>
        <translation>
            <numerusform>%n afgewezen.</numerusform>
            <numerusform>%n afgewezen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not approved</source>
        <translation>Niet goedgekeurd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not rejected</source>
        <translation>Niet afgewezen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n proposal(s) could not be decided:</source>
        <translation>
            <numerusform>%n voorstel kon niet worden besloten:</numerusform>
            <numerusform>%n voorstellen konden niet worden besloten:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalDesk</name>
    <message>
        <location filename="../services/approvals/ApprovalDesk.cpp" line="+151"/>
        <source>; held because %1 is paused</source>
        <translation>; vastgehouden omdat %1 gepauzeerd is</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>waits for a person: #%1 acts on the same thing</source>
        <translation>wacht op een mens: #%1 gaat over hetzelfde</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>It is no longer waiting: %1 decided it (%2).</source>
        <translation>Het wacht niet meer: %1 heeft erover beslist (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is no longer waiting (%1).</source>
        <translation>Het wacht niet meer (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its deadline has passed; the rule&apos;s default applies.</source>
        <translation>De deadline is verstreken; de standaard van de regel geldt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You changed this proposal; someone else decides it.</source>
        <translation>U hebt dit voorstel gewijzigd; iemand anders beslist erover.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The proposal no longer exists.</source>
        <translation>Het voorstel bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Say why: a rejection needs a reason.</source>
        <translation>Zeg waarom: een afwijzing heeft een reden nodig.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Only your own approval or rejection can be undone.</source>
        <translation>Alleen je eigen goedkeuring of afwijzing kan ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It can no longer be undone: its deadline has passed, so the rule&apos;s default would apply.</source>
        <translation>Dit kan niet meer ongedaan worden gemaakt: de deadline is verstreken, dus de standaard van de regel zou gelden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It can no longer be undone: the work has started. Its result is in the proposal.</source>
        <translation>Dit kan niet meer ongedaan worden gemaakt: het werk is begonnen. Het resultaat staat bij het voorstel.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Only approved work that failed can run again.</source>
        <translation>Alleen goedgekeurd werk dat mislukte, kan opnieuw worden uitgevoerd.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing of it is left to run again (its connection was removed, or it runs already).</source>
        <translation>Er is niets meer van over om opnieuw uit te voeren (de verbinding is verwijderd, of het loopt al).</translation>
    </message>
</context>
<context>
    <name>ApprovalRule</name>
    <message>
        <location filename="../services/approvals/ApprovalRules.cpp" line="+102"/>
        <source>The rule needs a key.</source>
        <translation>De regel heeft een sleutel nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the rule a name.</source>
        <translation>Geef de regel een naam.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rule does not name a kind of action Quorum knows.</source>
        <translation>De regel noemt geen soort actie die Quorum kent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rule reads “%1”, which is not an amount of this action.</source>
        <translation>De regel leest “%1”, en dat is geen bedrag van deze actie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The rule reads “%1”, which is not a count of this action.</source>
        <translation>De regel leest „%1”, en dat is geen aantal van deze actie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thresholds cannot be negative.</source>
        <translation>Drempels kunnen niet negatief zijn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The LOW threshold must not be above the MEDIUM threshold.</source>
        <translation>De drempel voor LAAG mag niet boven die voor GEMIDDELD liggen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confidence thresholds are between 0 and 1.</source>
        <translation>Zekerheidsdrempels liggen tussen 0 en 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least one role must be allowed to decide.</source>
        <translation>Minstens één rol moet mogen beslissen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only owners and approvers can decide, not “%1”.</source>
        <translation>Alleen eigenaars en goedkeurders kunnen beslissen, niet “%1”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deadline must be between 1 hour and 90 days.</source>
        <translation>De deadline moet tussen 1 uur en 90 dagen liggen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On expiry the proposal is either rejected or approved.</source>
        <translation>Bij het verlopen wordt het voorstel afgewezen of goedgekeurd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The warning must come before the deadline.</source>
        <translation>De waarschuwing moet vóór de deadline komen.</translation>
    </message>
</context>
<context>
    <name>ApprovalRules</name>
    <message>
        <location line="+29"/>
        <source>Budget changes</source>
        <translation>Budgetwijzigingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign launches</source>
        <translation>Campagnelanceringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>launch budget</source>
        <translation>lanceringsbudget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price changes</source>
        <translation>Prijswijzigingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price change</source>
        <translation>prijswijziging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New products</source>
        <translation>Nieuwe producten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>margin</source>
        <translation>marge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunds and compensation</source>
        <translation>Terugbetalingen en compensatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund</source>
        <translation>terugbetaling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock updates across stores</source>
        <translation>Voorraadupdates tussen winkels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stock change</source>
        <translation>voorraadwijziging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ad set changes</source>
        <translation>Wijzigingen advertentiesets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily budget at stake</source>
        <translation>dagbudget dat op het spel staat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New suppliers</source>
        <translation>Nieuwe leveranciers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new suppliers always need a person</source>
        <translation>nieuwe leveranciers hebben altijd een persoon nodig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New markets</source>
        <translation>Nieuwe markten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new markets always need a person</source>
        <translation>nieuwe markten hebben altijd een persoon nodig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategic pivots</source>
        <translation>Strategische koerswijzigingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strategic pivots always need a person</source>
        <translation>strategische koerswijzigingen hebben altijd een persoon nodig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content that failed the gate</source>
        <translation>Inhoud die de poort niet haalde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>content that failed the agreement gate 3 times always needs a person</source>
        <translation>inhoud die 3 keer niet door de akkoordpoort kwam heeft altijd een persoon nodig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishing</source>
        <translation>Wordt gepubliceerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publishing needs a person until publishing rules are set</source>
        <translation>publiceren heeft een persoon nodig tot er publicatieregels zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorders</source>
        <translation>Nabestellingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a reorder is placed with the supplier by a person</source>
        <translation>een nabestelling plaatst een mens bij de leverancier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A/B test winners</source>
        <translation>Winnaars van A/B-tests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a test&apos;s winner is declared by a person</source>
        <translation>de winnaar van een test wordt door een mens uitgeroepen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order holds</source>
        <translation>Aangehouden bestellingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an order is held by a person, never on its own</source>
        <translation>een bestelling wordt door een mens aangehouden, nooit vanzelf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget shifts between ad sets</source>
        <translation>Budgetverschuivingen tussen advertentiesets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moving budget between ad sets is decided by a person</source>
        <translation>budget verschuiven tussen advertentiesets beslist een persoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval rule changes</source>
        <translation>Wijzigingen van goedkeuringsregels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an approval rule is changed by an owner, never on its own</source>
        <translation>een goedkeuringsregel wijzigt een eigenaar, nooit vanzelf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies to reviews</source>
        <translation>Antwoorden op reviews</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a reply speaks for the shop in public: a person approves it</source>
        <translation>een antwoord spreekt in het openbaar namens de winkel: een mens keurt het goed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Featured products</source>
        <translation>Uitgelichte producten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the shop puts forward is chosen by a person</source>
        <translation>wat de winkel naar voren zet, kiest een mens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired products</source>
        <translation>Producten uit het assortiment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taking a product out of the range is decided by a person</source>
        <translation>een product uit het assortiment nemen beslist een persoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social posts</source>
        <translation>Berichten op sociale media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a post speaks for the shop in public: a person approves it</source>
        <translation>een bericht spreekt in het openbaar namens de winkel: een mens keurt het goed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content refreshes</source>
        <translation>Inhoud vernieuwen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taking a product in the store back to work is decided by a person</source>
        <translation>een product uit de winkel opnieuw in bewerking nemen beslist een persoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outreach e-mails</source>
        <translation>Outreach-e-mails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an e-mail to a business that did not ask for it: a person approves it</source>
        <translation>een e-mail aan een bedrijf dat er niet om vroeg: een mens keurt hem goed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt trials</source>
        <translation>Prompttests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>which prompt writes from now on is decided by a person</source>
        <translation>welke prompt voortaan schrijft, beslist een mens</translation>
    </message>
</context>
<context>
    <name>ApprovalsModel</name>
    <message>
        <location filename="../models/ApprovalsModel.cpp" line="+83"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposal</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Est. revenue</source>
        <translation>Verw. omzet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Est. cost</source>
        <translation>Verw. kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence</source>
        <translation>Zekerheid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exp. value</source>
        <translation>Verw. waarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Not ranked: the proposal estimates no revenue or cost, or its currency has no rate to the reporting currency.</source>
        <translation>Niet gerangschikt: het voorstel schat geen omzet of kosten, of de valuta heeft geen koers naar de rapportagevaluta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated revenue less estimated cost, times the confidence, in the reporting currency: the CEO&apos;s ranking.</source>
        <translation>Geschatte omzet min geschatte kosten, maal het vertrouwen, in de rapportagevaluta: de rangorde van de CEO.</translation>
    </message>
</context>
<context>
    <name>ApprovalsPane</name>
    <message>
        <location filename="../ui/panes/ApprovalsPane.cpp" line="+65"/>
        <source>Approvals</source>
        <translation>Goedkeuringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposals the risk engine held for a person, most urgent first. Nothing here runs until someone with the right role decides.</source>
        <translation>Voorstellen die de risico-engine voor een mens heeft tegengehouden, de dringendste eerst. Niets hiervan wordt uitgevoerd totdat iemand met de juiste rol beslist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Queue</source>
        <translation>Wachtrij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deciding as %1 (%2)</source>
        <translation>Beslist als %1 (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Search proposals…</source>
        <translation>Voorstellen zoeken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting</source>
        <translation>Wachtend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Failed to run</source>
        <translation>Mislukt bij uitvoeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All clusters</source>
        <translation>Alle clusters</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All agents</source>
        <translation>Alle agents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All risk levels</source>
        <translation>Alle risiconiveaus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All actions</source>
        <translation>Alle acties</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Nothing waiting for you</source>
        <translation>Er wacht niets op je</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When an agent proposes something the risk engine rates high, or a rule asks for a person, it lands here with the reasoning, the numbers and the alternatives.</source>
        <translation>Als een agent iets voorstelt dat de risico-engine als hoog inschat, of als een regel om een mens vraagt, komt het hier terecht, met de onderbouwing, de cijfers en de alternatieven.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No proposal matches</source>
        <translation>Geen voorstel gevonden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the search or widen the filters.</source>
        <translation>Wis de zoekopdracht of verruim de filters.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>What happened after: %1</source>
        <translation>Wat er daarna gebeurde: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading the stores again; the changes show here when they answer.</source>
        <translation>De winkels worden opnieuw gelezen; de wijzigingen verschijnen hier zodra ze antwoorden.</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Undone: %n proposal(s) wait for a decision again.</source>
        <translation>
            <numerusform>Ongedaan gemaakt: %n voorstel wacht weer op een besluit.</numerusform>
            <numerusform>Ongedaan gemaakt: %n voorstellen wachten weer op een besluit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wachtend</numerusform>
            <numerusform>%n wachtend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n getoond</numerusform>
            <numerusform>%n getoond</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditAnchor</name>
    <message>
        <location filename="../services/audit/AuditActions.cpp" line="+41"/>
        <source>not anchored: the demo workspace keeps nothing in the keychain</source>
        <translation>niet verankerd: de demowerkruimte bewaart niets in de sleutelbos</translation>
    </message>
    <message>
        <location filename="../services/audit/AuditAnchor.cpp" line="+100"/>
        <source>Cannot write the audit anchor %1: %2</source>
        <translation>Kan het auditanker %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>the audit anchor %1 is missing, but this workspace wrote %2 checkpoints to it: it was deleted or moved, and the trail can no longer be held against it</source>
        <translation>het auditanker %1 ontbreekt, maar deze werkruimte heeft er %2 controlepunten in geschreven: het is verwijderd of verplaatst, en het logboek kan er niet meer naast gelegd worden</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+24"/>
        <location filename="../services/audit/AuditCheckpoints.cpp" line="+34"/>
        <source>not anchored yet: no checkpoint has been written for this workspace</source>
        <translation>nog niet verankerd: er is nog geen controlepunt geschreven voor deze werkruimte</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>the audit anchor %1 belongs to another workspace</source>
        <translation>het auditanker %1 hoort bij een andere werkruimte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1 of the audit anchor %2 is not a checkpoint this workspace&apos;s key signed after the one before: the anchor file was changed</source>
        <translation>regel %1 van het auditanker %2 is geen controlepunt dat de sleutel van deze werkruimte na het vorige heeft ondertekend: het ankerbestand is gewijzigd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the audit anchor %1 ends after checkpoint %2 of %3: its last checkpoints were removed</source>
        <translation>het auditanker %1 houdt op na controlepunt %2 van %3: de laatste controlepunten zijn verwijderd</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>entries %1–%2 were rewritten and their hashes recomputed: entry %2 is not the entry the checkpoint at %3 saw (entries were changed, removed or renumbered)</source>
        <translation>regels %1–%2 zijn herschreven en hun hashes opnieuw berekend: regel %2 is niet de regel die het controlepunt van %3 zag (regels zijn gewijzigd, verwijderd of hernummerd)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>entries after %1 are missing; the last checkpoint at %2 saw %3</source>
        <translation>de regels na %1 ontbreken; het laatste controlepunt van %2 zag er %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1; the checkpoints agree with the trail, but their signatures could not be checked</source>
        <translation>%1; de controlepunten kloppen met het logboek, maar hun handtekeningen konden niet worden gecontroleerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not anchored: no key</source>
        <translation>niet verankerd: geen sleutel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>anchored: the last checkpoint at %1 saw %2 entries; the %3 newer ones are not checkpointed yet</source>
        <translation>verankerd: het laatste controlepunt van %1 zag %2 regels; de %3 nieuwere hebben nog geen controlepunt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>anchored: the last checkpoint at %1 saw all %2 entries</source>
        <translation>verankerd: het laatste controlepunt van %1 zag alle %2 regels</translation>
    </message>
    <message>
        <location filename="../services/audit/AuditCheckpoints.cpp" line="+10"/>
        <source>not anchored: the keychain holds no key for this workspace&apos;s checkpoints (was it opened under another account or on another computer?)</source>
        <translation>niet verankerd: de sleutelbos heeft geen sleutel voor de controlepunten van deze werkruimte (heb je hem onder een ander account of op een andere computer geopend?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+43"/>
        <source>not anchored: no keychain</source>
        <translation>niet verankerd: geen sleutelbos</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>not anchored: the keychain&apos;s key for this workspace&apos;s checkpoints is damaged</source>
        <translation>niet verankerd: de sleutel in de sleutelbos voor de controlepunten van deze werkruimte is beschadigd</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>not anchored: the keychain refused the key (%1)</source>
        <translation>niet verankerd: de sleutelbos weigerde de sleutel (%1)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>not anchored: the keychain has not answered yet</source>
        <translation>niet verankerd: de sleutelbos heeft nog niet geantwoord</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../services/audit/AuditLog.cpp" line="+99"/>
        <source>cancelled after %1 entries</source>
        <translation>geannuleerd na %1 regels</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>entry %1 is missing (the next entry is %2)</source>
        <translation>regel %1 ontbreekt (de volgende regel is %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>entry %1 is not valid JSON: %2</source>
        <translation>regel %1 is geen geldige JSON: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>entry %1 was changed: its fields no longer match what was signed</source>
        <translation>regel %1 is gewijzigd: de velden komen niet meer overeen met wat is vastgelegd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>entry %1 does not follow entry %2 (previous hash differs)</source>
        <translation>regel %1 sluit niet aan op regel %2 (de vorige hash wijkt af)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>entry %1 was changed: its hash does not match its content</source>
        <translation>regel %1 is gewijzigd: de hash past niet bij de inhoud</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>De export is geannuleerd; er is geen bestand geschreven.</translation>
    </message>
</context>
<context>
    <name>AuditVerifyRun</name>
    <message>
        <location filename="../app/AuditVerifyRun.cpp" line="+42"/>
        <source>There is no workspace in %1 (no quorum.db there).</source>
        <translation>Er staat geen werkruimte in %1 (daar is geen quorum.db).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Kan de werkruimte %1 niet openen: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot read the audit trail: %1</source>
        <translation>Kan het auditlogboek niet lezen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The audit trail was changed: %1.</source>
        <translation>Het auditlogboek is gewijzigd: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit trail was changed: entry %1 is the first that does not verify (%2).</source>
        <translation>Het auditlogboek is gewijzigd: regel %1 is de eerste die niet klopt (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audit trail is intact: %1 entries, each chained to the one before.</source>
        <translation>Het auditlogboek is intact: %1 regels, elk verbonden met de vorige.</translation>
    </message>
</context>
<context>
    <name>AutopilotActions</name>
    <message>
        <location filename="../services/autopilot/AutopilotActions.cpp" line="+95"/>
        <source>A password goes with a user name: enter both.</source>
        <translation>Een wachtwoord hoort bij een gebruikersnaam: vul beide in.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Test message from Quorum</source>
        <translation>Testbericht van Quorum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sent this test from Settings → Autopilot. Alerts and reports come this way.</source>
        <translation>%1 stuurde deze test vanuit Instellingen → Automatische piloot. Meldingen en rapporten komen via deze weg.</translation>
    </message>
</context>
<context>
    <name>AutopilotPage</name>
    <message>
        <location filename="../ui/settings/AutopilotPage.cpp" line="+36"/>
        <source>Show alerts as desktop notifications</source>
        <translation>Meldingen tonen als bureaubladmeldingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a test message</source>
        <translation>Testbericht sturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>While Quorum runs — on this computer or as “quorum serve” on a server — it syncs the stores, checks its own health, raises alerts when something crosses a threshold and makes a daily and a weekly report. Here you set how often, and where alerts and reports go.</source>
        <translation>Zolang Quorum draait — op deze computer of als „quorum serve” op een server — synchroniseert het de winkels, controleert het zijn eigen gezondheid, geeft het een melding als iets een drempel overschrijdt en maakt het een dag- en een weekrapport. Hier stel je in hoe vaak, en waar meldingen en rapporten heen gaan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Sync every</source>
        <translation>Synchroniseren elke</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check health every</source>
        <translation>Gezondheid controleren elke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No daily report</source>
        <translation>Geen dagrapport</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily report at</source>
        <translation>Dagrapport om</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No weekly report</source>
        <translation>Geen weekrapport</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekly report on</source>
        <translation>Weekrapport op</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync stores and ad accounts every:</source>
        <translation>Winkels en advertentieaccounts synchroniseren elke:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check health and alerts every:</source>
        <translation>Gezondheid en meldingen controleren elke:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily report (of yesterday) at:</source>
        <translation>Dagrapport (van gisteren) om:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly report (of last week) on:</source>
        <translation>Weekrapport (van vorige week) op:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you@yourshop.com (more: separate with commas)</source>
        <translation>jij@jouwwinkel.nl (meer: scheid met komma’s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: quorum@ the mail server&apos;s domain</source>
        <translation>Leeg: quorum@ het domein van de mailserver</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty: no login</source>
        <translation>Leeg: niet inloggen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where alerts and reports go</source>
        <translation>Waar meldingen en rapporten heen gaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail to:</source>
        <translation>E-mail naar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail server:</source>
        <translation>Mailserver:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name:</source>
        <translation>Gebruikersnaam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhook:</source>
        <translation>Webhook:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Alerts open now</source>
        <translation>Meldingen die nu open staan</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Kept in the keychain; type to replace</source>
        <translation>Bewaard in de sleutelhanger; typ om te vervangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in the keychain, never in the workspace</source>
        <translation>Bewaard in de sleutelhanger, nooit in de werkruimte</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 — since %2</source>
        <translation>%1 — sinds %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None. (A problem becomes an alert once it has lasted long enough: a breaker open for an hour, a sync failing for half an hour.)</source>
        <translation>Geen. (Een probleem wordt een melding zodra het lang genoeg duurt: een stroomonderbreker die een uur open staat, een synchronisatie die een half uur mislukt.)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e-mail to %1</source>
        <translation>e-mail naar %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>webhook</source>
        <translation>webhook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: sent</source>
        <translation>%1: verstuurd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: failed: %2</source>
        <translation>%1: mislukt: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: trying again (%2)</source>
        <translation>%1: wordt opnieuw geprobeerd (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: sending</source>
        <translation>%1: wordt verstuurd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test message — %1.</source>
        <translation>Testbericht — %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saved, but the password could not go into the keychain: %1</source>
        <translation>Opgeslagen, maar het wachtwoord kon niet in de sleutelhanger: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved; the password is in the keychain.</source>
        <translation>Opgeslagen; het wachtwoord staat in de sleutelhanger.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Saved. The stores sync every %n minute(s).</source>
        <translation>
            <numerusform>Opgeslagen. De winkels synchroniseren elke %n minuut.</numerusform>
            <numerusform>Opgeslagen. De winkels synchroniseren elke %n minuten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing to send to: enter an e-mail address and mail server, or a webhook, first.</source>
        <translation>Nergens om naartoe te sturen: vul eerst een e-mailadres en mailserver in, of een webhook.</translation>
    </message>
</context>
<context>
    <name>AutopilotSettings</name>
    <message>
        <location filename="../services/autopilot/AutopilotSettings.cpp" line="+85"/>
        <source>Syncs and health checks run at least once a minute apart.</source>
        <translation>Synchronisaties en gezondheidscontroles liggen minstens een minuut uit elkaar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>“%1” is not an e-mail address.</source>
        <translation>„%1” is geen e-mailadres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server must be written as smtp://host:port or smtps://host:port.</source>
        <translation>Schrijf de mailserver als smtp://host:poort of smtps://host:poort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alerts and reports cannot be e-mailed without a mail server.</source>
        <translation>Zonder mailserver kunnen meldingen en rapporten niet gemaild worden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The webhook must be an http:// or https:// address.</source>
        <translation>De webhook moet een http://- of https://-adres zijn.</translation>
    </message>
</context>
<context>
    <name>BrandPage</name>
    <message>
        <location filename="../ui/settings/BrandPage.cpp" line="+47"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn from examples…</source>
        <translation>Leren van voorbeelden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop scoring</source>
        <translation>Niet meer meten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warm, plain-spoken and precise. No superlatives, no hype.</source>
        <translation>Warm, eenvoudig en precies. Geen overtreffende trappen, geen hype.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>revolutionary, best-in-class, cheap</source>
        <translation>revolutionair, de allerbeste, goedkoop</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free returns within 30 days</source>
        <translation>Gratis retour binnen 30 dagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free size exchange within 30 days</source>
        <translation>Gratis ruilen van maat binnen 30 dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What a reply to a customer review may offer. Left empty, a reply offers no refund, discount, replacement or gift: it asks the customer to get in touch.</source>
        <translation>Wat een antwoord op een klantreview mag aanbieden. Leeg: een antwoord biedt geen terugbetaling, korting, vervanging of cadeau aan, maar vraagt de klant contact op te nemen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acme Apparel, Northwind</source>
        <translation>Acme Apparel, Northwind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competitors by name. A piece that names one fails the checks: a comparison with a competitor needs a source.</source>
        <translation>Concurrenten bij naam. Een stuk dat er een noemt, zakt voor de controles: een vergelijking met een concurrent heeft een bron nodig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GOTS, Fairtrade</source>
        <translation>GOTS, Fairtrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certifications and labels the shop can show. A piece may claim these; any other certification it claims fails the checks unless the product&apos;s facts state it.</source>
        <translation>Certificeringen en keurmerken die de winkel kan laten zien. Een stuk mag deze noemen; elke andere certificering zakt voor de controles, tenzij de feiten van het product haar noemen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The language the listings are written in. The models are told; the checks work in any.</source>
        <translation>De taal waarin de productpagina’s worden geschreven. De modellen krijgen het te horen; de controles werken in elke taal.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Primary</source>
        <translation>Hoofdkleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accent</source>
        <translation>Accent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy language</source>
        <translation>Taal van de teksten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste 5 to 20 texts the brand has written; Quorum says their voice in words.</source>
        <translation>Plak 5 tot 20 teksten die het merk heeft geschreven; Quorum beschrijft hun stem in woorden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pieces are no longer scored against the measured voice once the brand is saved.</source>
        <translation>Stukken worden niet meer aan de gemeten stem gemeten zodra het merk is opgeslagen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Voice</source>
        <translation>Stem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never use</source>
        <translation>Nooit gebruiken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always include</source>
        <translation>Altijd opnemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies may offer</source>
        <translation>Antwoorden mogen bieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competitors</source>
        <translation>Concurrenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certifications held</source>
        <translation>Certificeringen in bezit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palette</source>
        <translation>Palet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading font</source>
        <translation>Lettertype koppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body font</source>
        <translation>Lettertype tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target margin</source>
        <translation>Doelmarge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words and phrases are separated by commas or new lines. Quorum puts them in every prompt and checks every piece for them: a banned word or a missing phrase fails the piece, whatever the models think.</source>
        <translation>Scheid woorden en zinnen met komma’s of nieuwe regels. Quorum zet ze in elke prompt en controleert elk stuk erop: een verboden woord of een ontbrekende zin laat het stuk zakken, wat de modellen er ook van vinden.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Pieces will not be scored against a measured voice once you save.</source>
        <translation>Stukken worden na opslaan niet meer aan een gemeten stem gemeten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The voice is in the Voice field: edit it, then save. From then on each description, blog post, e-mail and FAQ is scored against the measured voice.</source>
        <translation>De stem staat in het veld Stem: pas hem aan en sla op. Vanaf dan wordt elke beschrijving, blogpost, e-mail en FAQ aan de gemeten stem gemeten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No measured voice: pieces are judged by the reviewer&apos;s brand-voice score only.</source>
        <translation>Geen gemeten stem: stukken worden alleen beoordeeld op de merkstemscore van de beoordelaar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measured in another language than the copy&apos;s: pieces are not scored against it until the voice is learned again.</source>
        <translation>Gemeten in een andere taal dan die van de teksten: stukken worden er niet aan gemeten tot de stem opnieuw is geleerd.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Measured from %n text(s): descriptions, blog posts, e-mails and FAQs far from it are written again.</source>
        <translation>
            <numerusform>Gemeten aan %n tekst: beschrijvingen, blogposts, e-mails en FAQ&apos;s die er ver van af staan, worden opnieuw geschreven.</numerusform>
            <numerusform>Gemeten aan %n teksten: beschrijvingen, blogposts, e-mails en FAQ&apos;s die er ver van af staan, worden opnieuw geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Brand profile saved; the next pieces are written and checked with it.</source>
        <translation>Merkprofiel opgeslagen; de volgende stukken worden ermee geschreven en gecontroleerd.</translation>
    </message>
</context>
<context>
    <name>BudgetShift</name>
    <message numerus="yes">
        <location filename="../services/campaigns/BudgetShift.cpp" line="+67"/>
        <source>“%1” spent %2 and brought %3 in purchase value (%n purchase(s)): ROAS %4.</source>
        <translation>
            <numerusform>“%1” gaf %2 uit en bracht %3 aan aankoopwaarde op (%n aankoop): ROAS %4.</numerusform>
            <numerusform>“%1” gaf %2 uit en bracht %3 aan aankoopwaarde op (%n aankopen): ROAS %4.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its value grew by %1 % for each 1 % more spend (elasticity %2 ± %3), so the next unit of spend returns about %4.</source>
        <translation>De waarde groeide %1 % per 1 % meer uitgaven (elasticiteit %2 ± %3), dus de volgende eenheid uitgaven levert ongeveer %4 op.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its daily spend hardly varied, so the return of the next unit of spend cannot be measured: Quorum takes its ROAS, %1, which overstates it when returns diminish.</source>
        <translation>De dagelijkse uitgaven varieerden nauwelijks, dus wat de volgende eenheid uitgaven oplevert is niet te meten: Quorum neemt de ROAS, %1, die het overschat als de opbrengst afneemt.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>not active</source>
        <translation>niet actief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its campaign sets its budget</source>
        <translation>de campagne bepaalt het budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>still learning</source>
        <translation>leert nog</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>edited in the last %n hour(s)</source>
        <translation>
            <numerusform>in het afgelopen %n uur bewerkt</numerusform>
            <numerusform>in de afgelopen %n uur bewerkt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a change to it waits or is under way</source>
        <translation>er wacht een wijziging of er loopt er een</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>too little evidence: %1 spent, %n purchase(s)</source>
        <translation>
            <numerusform>te weinig bewijs: %1 uitgegeven, %n aankoop</numerusform>
            <numerusform>te weinig bewijs: %1 uitgegeven, %n aankopen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The ad account has no complete day synced yet.</source>
        <translation>Van het advertentieaccount is nog geen volledige dag gesynchroniseerd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ad account&apos;s figures end on %1: its sync has not run since, so no budget is moved.</source>
        <translation>De cijfers van het advertentieaccount lopen tot %1: de synchronisatie is sindsdien niet gelopen, dus er wordt geen budget verschoven.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Move %1 a day from “%2” to “%3”</source>
        <translation>Verschuif %1 per dag van “%2” naar “%3”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next unit of spend is expected to return %1 in “%2” and %3 in “%4”. Moving %5 a day from the one to the other keeps the account&apos;s daily budgets at %6 in total.</source>
        <translation>De volgende eenheid uitgaven levert naar verwachting %1 op in “%2” en %3 in “%4”. %5 per dag van de een naar de ander verschuiven houdt de dagbudgetten van het account op %6 in totaal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From %1 to %2 (complete days in the account&apos;s time zone):</source>
        <translation>Van %1 tot %2 (volledige dagen in de tijdzone van het account):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chance that the next unit of spend returns more in “%1” than in “%2”: %3 %.</source>
        <translation>De kans dat de volgende eenheid uitgaven meer oplevert in “%1” dan in “%2”: %3 %.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The step is %1 % of the smaller daily budget; “%2” is lowered first and “%3” raised after it, so the account never spends more than now.</source>
        <translation>De stap is %1 % van het kleinste dagbudget; eerst wordt “%2” verlaagd en daarna “%3” verhoogd, zodat het account nooit meer uitgeeft dan nu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meta ad insights from %1 to %2</source>
        <translation>Meta-advertentiecijfers van %1 tot %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the daily budgets of the account&apos;s ad sets</source>
        <translation>de dagbudgetten van de advertentiesets van het account</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the return of the next unit of spend is taken as the average return</source>
        <translation>voor de opbrengst van de volgende eenheid uitgaven is de gemiddelde opbrengst genomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a budget change can restart an ad set&apos;s learning</source>
        <translation>een budgetwijziging kan de leerfase van een advertentieset opnieuw starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move %1 a day instead</source>
        <translation>In plaats daarvan %1 per dag verschuiven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a smaller change to both ad sets</source>
        <translation>een kleinere wijziging voor beide advertentiesets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>half the expected gain</source>
        <translation>de helft van de verwachte winst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave the budgets as they are</source>
        <translation>De budgetten laten zoals ze zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no learning restarts</source>
        <translation>geen nieuwe leerfase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the weaker ad set keeps its share of the spend</source>
        <translation>de zwakkere advertentieset houdt zijn deel van de uitgaven</translation>
    </message>
</context>
<context>
    <name>BusinessHealth</name>
    <message>
        <location filename="../services/shopagents/BusinessHealth.cpp" line="+60"/>
        <source>Writing</source>
        <translation>Schrijven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewing</source>
        <translation>Beoordelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images</source>
        <translation>Afbeeldingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider tests</source>
        <translation>Providertests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Needs orders: connect a store or import an orders export.</source>
        <translation>Heeft bestellingen nodig: koppel een winkel of importeer een bestellingenexport.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>At the last 4 weeks&apos; pace per weekday the month ends at %1, %2 short of the goal.</source>
        <translation>In het tempo van de laatste 4 weken per weekdag eindigt de maand op %1, %2 onder het doel.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2 in the last 14 days, %3 in the 14 before</source>
        <translation>%1: %2 in de laatste 14 dagen, %3 in de 14 daarvoor</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No sales this month yet.</source>
        <translation>Deze maand nog geen verkopen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs product costs: add a cost to the products or their variants.</source>
        <translation>Heeft inkoopprijzen nodig: geef de producten of hun varianten een kostprijs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The products with a cost for every item sold make %1 of the month&apos;s sales; their margin is %2.</source>
        <translation>De producten met een kostprijs voor elk verkocht stuk maken %1 van de omzet van deze maand; hun marge is %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs product costs: those with a cost make %1 of the month&apos;s sales, and the margin is judged from %2.</source>
        <translation>Heeft inkoopprijzen nodig: de producten met een kostprijs maken %1 van de omzet van deze maand, en de marge wordt beoordeeld vanaf %2.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: %2 margin on %3 of sales</source>
        <translation>%1: %2 marge op %3 omzet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Needs an ad account: connect one in Settings → Connections.</source>
        <translation>Heeft een advertentieaccount nodig: koppel er een via Instellingen → Verbindingen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No ad spend this month yet.</source>
        <translation>Deze maand nog geen advertentie-uitgaven.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: ROAS %2 on %3 of spend</source>
        <translation>%1: ROAS %2 op %3 uitgaven</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs demand forecasts: Demand Forecast makes them once a variant has 8 weeks of sales.</source>
        <translation>Heeft vraagvoorspellingen nodig: Vraagvoorspelling maakt ze zodra een variant 8 weken verkopen heeft.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Needs stock levels: sync a store&apos;s stock.</source>
        <translation>Heeft voorraadstanden nodig: synchroniseer de voorraad van een winkel.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>median %n day(s) of stock</source>
        <translation>
            <numerusform>mediaan %n dag voorraad</numerusform>
            <numerusform>mediaan %n dagen voorraad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 of %n variant(s)</source>
        <translation>
            <numerusform>%1 van %n variant</numerusform>
            <numerusform>%1 van %n varianten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Fewer days of stock than the goal: %1 of %n selling variant(s).</source>
        <translation>
            <numerusform>Minder dagen voorraad dan het doel: %1 van %n verkopende variant.</numerusform>
            <numerusform>Minder dagen voorraad dan het doel: %1 van %n verkopende varianten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: %n day(s) of stock (runs out on %2)</source>
        <translation>
            <numerusform>%1: %n dag voorraad (op op %2)</numerusform>
            <numerusform>%1: %n dagen voorraad (op op %2)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>At the last 7 days&apos; pace (%1 a day) the month ends at %2, over the ceiling of %3.</source>
        <translation>In het tempo van de laatste 7 dagen (%1 per dag) eindigt de maand op %2, boven het plafond van %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 this month</source>
        <translation>%1: %2 deze maand</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>On track</source>
        <translation>Op koers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off track</source>
        <translation>Loopt achter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs data</source>
        <translation>Mist gegevens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No goal set</source>
        <translation>Geen doel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revenue</source>
        <translation>Omzet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gross margin</source>
        <translation>Brutomarge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock cover</source>
        <translation>Voorraaddekking</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AI spend</source>
        <translation>AI-uitgaven</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Sync the stores to measure it.</source>
        <translation>Synchroniseer de winkels om het te meten.</translation>
    </message>
</context>
<context>
    <name>BusinessHealthModel</name>
    <message>
        <location filename="../models/BusinessHealthModel.cpp" line="+95"/>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This month</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month&apos;s end (forecast)</source>
        <translation>Eind van de maand (voorspelling)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CampaignSeriesModel</name>
    <message>
        <location filename="../models/CampaignSeriesModel.cpp" line="+75"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend</source>
        <translation>Uitgaven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue</source>
        <translation>Omzet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 on “%2”: %3</source>
        <translation>%1 op “%2”: %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (notify-only, would have acted) on “%2”: %3</source>
        <translation>%1 (alleen melden, zou hebben ingegrepen) op “%2”: %3</translation>
    </message>
</context>
<context>
    <name>CampaignsModel</name>
    <message>
        <location filename="../models/CampaignsModel.cpp" line="+97"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget / day</source>
        <translation>Budget / dag</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Spend (%n d)</source>
        <translation>
            <numerusform>Uitgaven (%n d)</numerusform>
            <numerusform>Uitgaven (%n d)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Revenue (%n d)</source>
        <translation>
            <numerusform>Omzet (%n d)</numerusform>
            <numerusform>Omzet (%n d)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTM sales</source>
        <translation>UTM-verkoop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ROAS</source>
        <comment>return on ad spend</comment>
        <translation>ROAS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target ROAS</source>
        <translation>Doel-ROAS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last rule</source>
        <translation>Laatste regel</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>No paid order of the last %n day(s) names this campaign (its name or ID) in its UTM campaign parameter, as the store recorded the visit that ended in it.</source>
        <translation>
            <numerusform>Geen betaalde bestelling van de laatste %n dag noemt deze campagne (haar naam of ID) in haar UTM-campagneparameter, zoals de winkel het bezoek vastlegde dat erin eindigde.</numerusform>
            <numerusform>Geen betaalde bestelling van de laatste %n dagen noemt deze campagne (haar naam of ID) in haar UTM-campagneparameter, zoals de winkel het bezoek vastlegde dat erin eindigde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n paid order(s) whose visit named this campaign (its name or ID) in its UTM campaign parameter (the last click, as the store recorded it), beside the %1 the platform attributes to it.</source>
        <translation>
            <numerusform>%n betaalde bestelling waarvan het bezoek deze campagne (haar naam of ID) noemde in de UTM-campagneparameter (de laatste klik, zoals de winkel het vastlegde), naast de %1 die het platform haar toerekent.</numerusform>
            <numerusform>%n betaalde bestellingen waarvan het bezoek deze campagne (haar naam of ID) noemde in de UTM-campagneparameter (de laatste klik, zoals de winkel het vastlegde), naast de %1 die het platform haar toerekent.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning</source>
        <translation>Leerfase</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (would), %2</source>
        <translation>%1 (zou), %2</translation>
    </message>
</context>
<context>
    <name>CampaignsPane</name>
    <message>
        <location filename="../ui/panes/CampaignsPane.cpp" line="+38"/>
        <source>&amp;Import ad report…</source>
        <translation>Advertentierapport &amp;importeren…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend, revenue and return on ad spend per campaign. Red ROAS is below the campaign&apos;s target.</source>
        <translation>Uitgaven, omzet en rendement op advertentie-uitgaven (ROAS) per campagne. Een rode ROAS ligt onder het doel van de campagne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search campaigns…</source>
        <translation>Campagnes zoeken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All platforms</source>
        <translation>Alle platforms</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Last %n days</source>
        <translation>
            <numerusform>Laatste %n dag</numerusform>
            <numerusform>Laatste %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read a Google Ads or TikTok Ads report (CSV: campaign or ad group by day); importing it again replaces the days it holds</source>
        <translation>Lees een rapport van Google Ads of TikTok Ads (CSV: campagne of advertentiegroep per dag); opnieuw importeren vervangt de dagen die erin staan</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No campaigns yet</source>
        <translation>Nog geen campagnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect a Meta ad account in Settings → Connections: its campaigns, ad sets and 90 days of figures come in, and are read again every quarter of an hour. Or import a Google Ads or TikTok Ads report.</source>
        <translation>Verbind een Meta-advertentieaccount in Instellingen → Verbindingen: de campagnes, advertentiesets en 90 dagen aan cijfers komen binnen en worden elk kwartier opnieuw gelezen. Of importeer een rapport van Google Ads of TikTok Ads.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>E&amp;xperiments</source>
        <translation>E&amp;xperimenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Social</source>
        <translation>&amp;Sociaal</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Import an ad report</source>
        <translation>Een advertentierapport importeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ad reports (*.csv *.tsv *.txt)</source>
        <translation>Advertentierapporten (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ad report imported</source>
        <translation>Advertentierapport geïmporteerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad report imported, with rows left out</source>
        <translation>Advertentierapport geïmporteerd, met weggelaten rijen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Ad report not imported</source>
        <translation>Advertentierapport niet geïmporteerd</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>&amp;Campaigns</source>
        <translation>&amp;Campagnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rules</source>
        <translation>&amp;Regels</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 · ROAS per day</source>
        <translation>%1 · ROAS per dag</translation>
    </message>
</context>
<context>
    <name>CashWeeksModel</name>
    <message>
        <location filename="../models/CashWeeksModel.cpp" line="+77"/>
        <source>%1 (so far)</source>
        <translation>%1 (tot nu toe)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no USD rate</source>
        <translation>geen USD-koers</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paid orders, on the day they were placed</source>
        <translation>Betaalde bestellingen, op de dag dat ze geplaatst zijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The goods at their cost when sold (Quorum sees no supplier invoices)</source>
        <translation>De goederen tegen hun kostprijs bij verkoop (Quorum ziet geen leveranciersfacturen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The AI providers&apos; calls, from US dollars at your rate</source>
        <translation>De aanroepen van de AI-aanbieders, omgerekend uit Amerikaanse dollars tegen uw koers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money in less refunds, goods, ad spend and AI spend</source>
        <translation>Geld binnen min terugbetalingen, goederen, advertentie-uitgaven en AI-uitgaven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The weeks&apos; nets added up from the oldest week shown</source>
        <translation>De netto bedragen van de weken opgeteld vanaf de oudste getoonde week</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money in</source>
        <translation>Geld binnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunds</source>
        <translation>Terugbetalingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goods</source>
        <translation>Goederen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ads</source>
        <translation>Advertenties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running total</source>
        <translation>Lopend totaal</translation>
    </message>
</context>
<context>
    <name>CatalogImport</name>
    <message>
        <location filename="../services/catalog/CatalogFormats.cpp" line="+91"/>
        <source>Uncategorised</source>
        <translation>Zonder categorie</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>The file has no Variant Price column, so no product in it has a price.</source>
        <translation>Het bestand heeft geen kolom Variant Price, dus geen enkel product erin heeft een prijs.</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>The row has %1 fields but the header has %2; a quote or delimiter is probably missing.</source>
        <translation>De rij heeft %1 velden maar de kopregel %2; er ontbreekt waarschijnlijk een aanhalingsteken of scheidingsteken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The row has %1 fields but the header has %2; a field or delimiter is probably missing, so its values would land in the wrong columns.</source>
        <translation>De rij heeft %1 velden maar de kopregel %2; er ontbreekt waarschijnlijk een veld of scheidingsteken, waardoor de waarden in de verkeerde kolommen zouden belanden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1…, %2 characters</source>
        <translation>%1…, %2 tekens</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>The row has no Handle, so it belongs to no product.</source>
        <translation>De rij heeft geen Handle en hoort dus bij geen enkel product.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This row belongs to “%1”, whose rows start on line %2 and ended before. Keep a product&apos;s rows together, as Shopify exports them, and import the file again.</source>
        <translation>Deze rij hoort bij “%1”, waarvan de rijen op regel %2 beginnen en eerder al eindigden. Houd de rijen van een product bij elkaar, zoals Shopify ze exporteert, en importeer het bestand opnieuw.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A second product row for handle “%1”; the one on line %2 is used.</source>
        <translation>Een tweede productrij voor handle „%1”; die op regel %2 wordt gebruikt.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cost per item “%1” is not an amount; the cost is left empty.</source>
        <translation>Cost per item „%1” is geen bedrag; de kostprijs blijft leeg.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Variant Price “%1” is not an amount; this row&apos;s price is left out.</source>
        <translation>Variantprijs “%1” is geen bedrag; de prijs van deze rij wordt weggelaten.</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>Regular price “%1” is not an amount; this row&apos;s price is left out.</source>
        <translation>Reguliere prijs “%1” is geen bedrag; de prijs van deze rij wordt weggelaten.</translation>
    </message>
    <message>
        <location line="-318"/>
        <source>Handle “%1” has no row with a Title, so there is no product to add it to.</source>
        <translation>Handle „%1” heeft geen rij met een Title, dus er is geen product om dit aan toe te voegen.</translation>
    </message>
    <message>
        <location line="+272"/>
        <source>The row has no Name.</source>
        <translation>De rij heeft geen naam.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>A variation of “%1”, which is not in the file.</source>
        <translation>Een variant van „%1”, dat niet in het bestand staat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no parent</source>
        <translation>geen hoofdproduct</translation>
    </message>
    <message>
        <location filename="../services/catalog/CatalogImport.cpp" line="+29"/>
        <source>Shopify product export</source>
        <translation>Shopify-productexport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WooCommerce product export</source>
        <translation>WooCommerce-productexport</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown format</source>
        <translation>Onbekend formaat</translation>
    </message>
    <message>
        <location line="+308"/>
        <source>This is not a Shopify or WooCommerce product export: it has neither Handle and Title columns (Shopify) nor Name and Regular price columns (WooCommerce). The columns found are: %1.</source>
        <translation>Dit is geen productexport van Shopify of WooCommerce: er zijn geen kolommen Handle en Title (Shopify) en ook geen Naam en Reguliere prijs (WooCommerce). Gevonden kolommen: %1.</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>“%1” is not imported: %2</source>
        <translation>„%1” is niet geïmporteerd: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” repeats a SKU or handle from earlier in the file; the first is used.</source>
        <translation>„%1” herhaalt een SKU of handle van eerder in het bestand; de eerste wordt gebruikt.</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>%1 Lines %2 to %3 were not read; fix the quote and import the file again.</source>
        <translation>%1 Regels %2 tot en met %3 zijn niet gelezen; herstel het aanhalingsteken en importeer het bestand opnieuw.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot open %1: %2</source>
        <translation>Kan %1 niet openen: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is larger than 1 GB; split the export into smaller files.</source>
        <translation>%1 is groter dan 1 GB; splits de export in kleinere bestanden.</translation>
    </message>
    <message>
        <location filename="../services/catalog/CatalogActions.cpp" line="+60"/>
        <source>Cannot compare with the workspace: %1</source>
        <translation>Kan niet vergelijken met de werkruimte: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../services/catalog/CatalogImport.cpp" line="-35"/>
        <source>Reading the file was cancelled.</source>
        <translation>Het lezen van het bestand is geannuleerd.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The import stopped: %1</source>
        <translation>De import is gestopt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Cancelled: %n product(s) were written; importing the file again adds the rest.</source>
        <translation>
            <numerusform>Geannuleerd: %n product is geschreven; importeer het bestand opnieuw om de rest toe te voegen.</numerusform>
            <numerusform>Geannuleerd: %n producten zijn geschreven; importeer het bestand opnieuw om de rest toe te voegen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The new products were imported but not all were queued for writing: %1. Run the drafts to queue the rest.</source>
        <translation>De nieuwe producten zijn geïmporteerd, maar niet allemaal in de wachtrij gezet om te schrijven: %1. Start de concepten om de rest in de wachtrij te zetten.</translation>
    </message>
</context>
<context>
    <name>CeoAgent</name>
    <message numerus="yes">
        <location filename="../services/shopagents/CeoAgent.cpp" line="+34"/>
        <source>Proposed %n budget shift(s).</source>
        <translation>
            <numerusform>%n budgetverschuiving voorgesteld.</numerusform>
            <numerusform>%n budgetverschuivingen voorgesteld.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Proposed %n ad set pause(s) for lines losing money after ads</source>
        <translation>
            <numerusform>%n advertentieset voorgesteld om te pauzeren voor productlijnen die na advertenties verlies maken</numerusform>
            <numerusform>%n advertentiesets voorgesteld om te pauzeren voor productlijnen die na advertenties verlies maken</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 loses money after ads; nothing new to pause (its pauses wait, or its ad sets are paused).</source>
        <translation>%1 maakt na advertenties verlies; niets nieuws om te pauzeren (de pauzes wachten al, of de advertentiesets staan al stil).</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Proposed %n stock order(s) for products selling out before they have a forecast.</source>
        <translation>
            <numerusform>%n voorraadbestelling voorgesteld voor producten die uitverkopen voordat ze een prognose hebben.</numerusform>
            <numerusform>%n voorraadbestellingen voorgesteld voor producten die uitverkopen voordat ze een prognose hebben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Proposed %n approval rule change(s).</source>
        <translation>
            <numerusform>%n wijziging van een goedkeuringsregel voorgesteld.</numerusform>
            <numerusform>%n wijzigingen van goedkeuringsregels voorgesteld.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Measured what happened after %n decision(s) carried out.</source>
        <translation>
            <numerusform>Gemeten wat er gebeurde na %n uitgevoerd besluit.</numerusform>
            <numerusform>Gemeten wat er gebeurde na %n uitgevoerde besluiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Ranked %n waiting proposal(s) by expected value; first: “%1” (%2).</source>
        <translation>
            <numerusform>%n wachtend voorstel gerangschikt op verwachte waarde; eerst: ‘%1’ (%2).</numerusform>
            <numerusform>%n wachtende voorstellen gerangschikt op verwachte waarde; eerst: ‘%1’ (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No goals set: the business health shows this month&apos;s figures; set goals on the dashboard to track them.</source>
        <translation>Geen doelen ingesteld: de bedrijfsgezondheid toont de cijfers van deze maand; stel doelen in op het dashboard om ze te volgen.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 of %n goal(s) on track</source>
        <translation>
            <numerusform>%1 van %n doel op koers</numerusform>
            <numerusform>%1 van %n doelen op koers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>off track: %1</source>
        <translation>loopt achter: %1</translation>
    </message>
</context>
<context>
    <name>CeoCard</name>
    <message>
        <location filename="../ui/panes/CeoCard.cpp" line="+32"/>
        <source>Goals…</source>
        <translation>Doelen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Business health</source>
        <translation>Bedrijfsgezondheid</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+24"/>
        <source>Decide first</source>
        <translation>Eerst beslissen</translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>The CEO cannot rank the %n waiting proposal(s): none estimates its revenue or cost in a currency with a rate.</source>
        <translation>
            <numerusform>De CEO kan %n wachtend voorstel niet rangschikken: het schat geen omzet of kosten in een valuta met een koers.</numerusform>
            <numerusform>De CEO kan de %n wachtende voorstellen niet rangschikken: geen ervan schat omzet of kosten in een valuta met een koers.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 expected (%2 net × %3 confidence) · %4</source>
        <translation>%1 verwacht (%2 netto × %3 vertrouwen) · %4</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The CEO&apos;s ranking of %n waiting proposal(s) by expected value: estimated revenue less cost, times confidence.</source>
        <translation>
            <numerusform>De rangorde van de CEO van %n wachtend voorstel op verwachte waarde: geschatte omzet min kosten, maal het vertrouwen.</numerusform>
            <numerusform>De rangorde van de CEO van %n wachtende voorstellen op verwachte waarde: geschatte omzet min kosten, maal het vertrouwen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n other waiting proposal(s) cannot be ranked: no estimate of revenue or cost, or no rate for their currency.</source>
        <translation>
            <numerusform>%n ander wachtend voorstel is niet te rangschikken: geen schatting van omzet of kosten, of geen koers voor de valuta.</numerusform>
            <numerusform>%n andere wachtende voorstellen zijn niet te rangschikken: geen schatting van omzet of kosten, of geen koers voor hun valuta.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Set the month&apos;s goals the CEO measures against</source>
        <translation>Stel de doelen van de maand in waaraan de CEO meet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CEO has not measured the month yet: it runs when the workspace opens, every six hours and after store syncs bring orders.</source>
        <translation>De CEO heeft de maand nog niet gemeten: hij draait als de werkruimte opent, elke zes uur en nadat winkelsynchronisaties bestellingen brengen.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 of %n goal(s) on track</source>
        <translation>
            <numerusform>%1 van %n doel op koers</numerusform>
            <numerusform>%1 van %n doelen op koers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No goals set yet: the figures of the month, without targets</source>
        <translation>Nog geen doelen ingesteld: de cijfers van de maand, zonder streefwaarden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2 · measured by the CEO on %3</source>
        <translation>%1 tot %2 · gemeten door de CEO op %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: nothing to explain.</source>
        <translation>%1: niets uit te leggen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why (%1)</source>
        <translation>Waarom (%1)</translation>
    </message>
</context>
<context>
    <name>ChangeDoor</name>
    <message>
        <location filename="../services/users/ChangeDoor.cpp" line="+26"/>
        <source>Nobody is signed in to this workspace.</source>
        <translation>Er is niemand aangemeld in deze werkruimte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only an owner changes settings; %1 is %2 here.</source>
        <translation>Alleen een eigenaar wijzigt instellingen; %1 is hier %2.</translation>
    </message>
    <message>
        <location filename="../services/sites/LeadActions.cpp" line="+226"/>
        <location filename="../services/sites/OutreachActions.cpp" line="+112"/>
        <location filename="../services/sites/SiteActions.cpp" line="+44"/>
        <location filename="../services/users/ChangeDoor.cpp" line="+22"/>
        <source>Nothing was saved: %1</source>
        <translation>Er is niets opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>ClaimReview</name>
    <message>
        <location filename="../services/pipeline/ClaimReview.cpp" line="+77"/>
        <source>supported</source>
        <translation>onderbouwd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contradicted</source>
        <translation>weersproken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsupported</source>
        <translation>niet onderbouwd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>opinion</source>
        <translation>mening</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>The reviewer: “%1” is contradicted by the facts.</source>
        <translation>De beoordelaar: “%1” wordt door de feiten weersproken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reviewer: “%1” is contradicted by %2.</source>
        <translation>De beoordelaar: “%1” wordt weersproken door %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The reviewer called “%1” supported but cited nothing: not supported. Leave it out, or add the fact.</source>
        <translation>De beoordelaar noemde “%1” onderbouwd maar citeerde niets: niet onderbouwd. Laat het weg of voeg het feit toe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reviewer called “%1” supported, citing “%2”, which is neither a fact nor a passage it was given: not supported.</source>
        <translation>De beoordelaar noemde “%1” onderbouwd met “%2”, maar dat is geen feit en geen passage die hij kreeg: niet onderbouwd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reviewer: “%1” (%2) is not supported by the facts or the knowledge base. Leave it out, or add the fact.</source>
        <translation>De beoordelaar: “%1” (%2) wordt niet onderbouwd door de feiten of de kennisbank. Laat het weg of voeg het feit toe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reviewer: “%1” states something the facts do not support.</source>
        <translation>De beoordelaar: “%1” beweert iets wat de feiten niet onderbouwen.</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <location filename="../services/pipeline/ClaimFacts.cpp" line="+232"/>
        <location line="+95"/>
        <source>description</source>
        <translation>beschrijving</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+39"/>
        <location line="+20"/>
        <source>variants (%1)</source>
        <translation>varianten (%1)</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>categorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../services/pipeline/Claims.cpp" line="+307"/>
        <source>brand profile</source>
        <translation>merkprofiel</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>price %1, on sale for %2</source>
        <translation>prijs %1, in de aanbieding voor %2</translation>
    </message>
    <message>
        <location filename="../services/pipeline/Claims.cpp" line="+29"/>
        <source>stock: %1</source>
        <translation>voorraad: %1</translation>
    </message>
    <message>
        <location filename="../services/pipeline/ClaimFacts.cpp" line="-203"/>
        <location filename="../services/pipeline/Claims.cpp" line="+118"/>
        <source>material</source>
        <translation>materiaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../services/pipeline/Claims.cpp" line="+1"/>
        <source>colour</source>
        <translation>kleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../services/pipeline/Claims.cpp" line="+1"/>
        <source>origin</source>
        <translation>herkomst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sizes</source>
        <translation>maten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../services/pipeline/Claims.cpp" line="+1"/>
        <source>care</source>
        <translation>verzorging</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weight</source>
        <translation>gewicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dimensions</source>
        <translation>afmetingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>volume</source>
        <translation>inhoud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pieces</source>
        <translation>aantal</translation>
    </message>
    <message>
        <location filename="../services/pipeline/Claims.cpp" line="+1"/>
        <source>size</source>
        <translation>maat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certification</source>
        <translation>certificering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>award</source>
        <translation>prijs of onderscheiding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guarantee</source>
        <translation>garantie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stock or urgency</source>
        <translation>voorraad of haast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discount</source>
        <translation>korting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health effect</source>
        <translation>gezondheidseffect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>competitor</source>
        <translation>concurrent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shipping or returns</source>
        <translation>verzending of retour</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>“%1” (%2) contradicts the knowledge base: %3.</source>
        <translation>“%1” (%2) spreekt de kennisbank tegen: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” (%2) contradicts the facts: %3.</source>
        <translation>“%1” (%2) spreekt de feiten tegen: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” (%2): the knowledge base says nothing about it. Leave it out, or add the shop&apos;s terms to the knowledge base (Settings → Knowledge).</source>
        <translation>“%1” (%2): de kennisbank zegt er niets over. Laat het weg, of voeg de voorwaarden van de winkel toe aan de kennisbank (Instellingen → Kennisbank).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is a health claim the product&apos;s facts do not make; health claims need evidence and are regulated. Leave it out.</source>
        <translation>“%1” is een gezondheidsclaim die de feiten van het product niet doen; gezondheidsclaims vragen bewijs en zijn wettelijk geregeld. Laat hem weg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Names the competitor “%1”: a comparison with a competitor needs a source. Leave it out.</source>
        <translation>Noemt de concurrent “%1”: een vergelijking met een concurrent heeft een bron nodig. Laat hem weg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” (%2): nothing in the product&apos;s facts supports it. Leave it out, or add it to the facts.</source>
        <translation>“%1” (%2): niets in de feiten van het product onderbouwt dit. Laat het weg of voeg het toe aan de feiten.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>supported</source>
        <translation>onderbouwd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contradicted</source>
        <translation>tegengesproken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsupported</source>
        <translation>niet onderbouwd</translation>
    </message>
</context>
<context>
    <name>Cluster</name>
    <message>
        <location filename="../services/agents/Cluster.cpp" line="+19"/>
        <source>Executive</source>
        <translation>Directie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer service</source>
        <translation>Klantenservice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finance</source>
        <translation>Financiën</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Running</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idle</source>
        <translation>Stand-by</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+70"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+79"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>Verbonden</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Stopped (emergency stop)</source>
        <translation>Gestopt (noodstop)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused (pipeline paused)</source>
        <translation>Gepauzeerd (pijplijn gepauzeerd)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last run failed</source>
        <translation>Laatste run mislukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failing: %1 of %2 runs succeeded today</source>
        <translation>Faalt: %1 van %2 runs vandaag gelukt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Failing: %1 of %2 calls succeeded today</source>
        <translation>Faalt: %1 van %2 aanroepen vandaag gelukt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs data</source>
        <translation>Mist gegevens</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Not run yet</source>
        <translation>Nog niet gedraaid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run overdue</source>
        <translation>Run te laat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No heartbeat</source>
        <translation>Geen hartslag</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Healthy: it reported in the last two minutes and most of its calls today succeeded.</source>
        <translation>Gezond: meldde zich in de afgelopen twee minuten en de meeste aanroepen van vandaag zijn gelukt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused on purpose: it takes no new work until it is resumed. Not counted as unhealthy.</source>
        <translation>Bewust gepauzeerd: neemt geen nieuw werk aan tot je hervat. Telt niet als ongezond.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The emergency stop holds every agent. Only an owner can resume (the banner above the panes, or the Pipeline menu).</source>
        <translation>De noodstop houdt elke agent tegen. Alleen een eigenaar kan hervatten (de balk boven de panelen of het menu Pijplijn).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failing: fewer than half of its calls today succeeded (at least three calls), or it reported an error. See Settings → Providers and the Activity log for the cause.</source>
        <translation>Faalt: minder dan de helft van de aanroepen van vandaag is gelukt (minstens drie), of er is een fout gemeld. Zie Instellingen → Aanbieders en het activiteitenlogboek voor de oorzaak.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for data: its last run found the data it reads missing, stale or too short, and proposed nothing. What it needs is shown below the list.</source>
        <translation>Wacht op gegevens: bij de laatste run ontbraken de gegevens die hij leest, of ze waren verouderd of te kort, en hij stelde niets voor. Wat hij nodig heeft, staat onder de lijst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No heartbeat for more than two minutes, or a scheduled run is overdue: it may not be running at all.</source>
        <translation>Meer dan twee minuten geen hartslag, of een geplande run is te laat: misschien draait hij helemaal niet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not run yet: it runs when its event comes (a sync, a publish), and none has come since it was added. Not counted as healthy or unhealthy.</source>
        <translation>Nog niet gedraaid: hij draait wanneer zijn gebeurtenis komt (een synchronisatie, een publicatie), en die is er nog niet geweest sinds hij erbij kwam. Telt niet als gezond of ongezond.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Healthy: its last run did its work, and most of its runs today succeeded. It runs %1.</source>
        <translation>Gezond: de laatste run deed zijn werk en de meeste runs van vandaag zijn gelukt. Hij draait %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failing: its last run failed, or fewer than half of its runs today succeeded. The reason is shown below the list; a failed run is tried again with backoff.</source>
        <translation>Faalt: de laatste run is mislukt, of minder dan de helft van de runs van vandaag is gelukt. De reden staat onder de lijst; een mislukte run wordt met uitstel opnieuw geprobeerd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its scheduled run is overdue: the workers may be stopped or busy. It runs %1.</source>
        <translation>Zijn geplande run is te laat: de werkers zijn misschien gestopt of bezet. Hij draait %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>when its events come</source>
        <translation>wanneer zijn gebeurtenissen komen</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>elke %n uur</numerusform>
            <numerusform>elke %n uur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>elke %n minuut</numerusform>
            <numerusform>elke %n minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>when a store sync brings new orders</source>
        <translation>wanneer een winkelsynchronisatie nieuwe bestellingen brengt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a minute after a product is published to a store</source>
        <translation>een minuut nadat een product in een winkel is gepubliceerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, and also %2</source>
        <translation>%1, en ook %2</translation>
    </message>
</context>
<context>
    <name>ClusterHealthModel</name>
    <message>
        <location filename="../models/ClusterHealthModel.cpp" line="+85"/>
        <source>%1 of %2 working agents healthy; %3 paused or stopped on purpose</source>
        <translation>%1 van %2 werkende agents gezond; %3 bewust gepauzeerd of gestopt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 agents healthy</source>
        <translation>%1 van %2 agents gezond</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n need(s) data</source>
        <translation>
            <numerusform>%n mist gegevens</numerusform>
            <numerusform>%n missen gegevens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not run yet</source>
        <translation>
            <numerusform>%n nog niet gedraaid</numerusform>
            <numerusform>%n nog niet gedraaid</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all stopped</source>
        <translation>alles gestopt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all paused</source>
        <translation>alles gepauzeerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 healthy · %3 paused</source>
        <translation>%1 van %2 gezond · %3 gepauzeerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 healthy</source>
        <translation>%1 van %2 gezond</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="+27"/>
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
        <location line="+6"/>
        <source>  audit verify    check the audit trail against its checkpoints and say what was changed</source>
        <translation>  audit verify    het auditlogboek naast de controlepunten leggen en zeggen wat er is gewijzigd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  serve           run the workspace without a window: workers, agents, syncs, deadlines
  worker          join a workspace as extra workers only
  status          say what runs, the queue and the syncs; exit 1 when something needs attention
  migrate-workspace  copy a workspace to PostgreSQL (--to postgresql://user@host/db) and check it</source>
        <translation>  serve           de werkruimte zonder venster draaien: workers, agents, synchronisaties, deadlines
  worker          als extra workers aan een werkruimte meewerken
  status          zeggen wat draait, de wachtrij en de synchronisaties; afsluitcode 1 als iets aandacht vraagt
  migrate-workspace  een werkruimte naar PostgreSQL kopiëren (--to postgresql://gebruiker@host/db) en controleren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  report          make the daily report of yesterday (or --weekly, of last week) and keep it</source>
        <translation>  report          het dagrapport van gisteren maken (of met --weekly dat van vorige week) en bewaren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show this help and exit.</source>
        <translation>Deze hulp tonen en afsluiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the version and exit.</source>
        <translation>De versie tonen en afsluiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the workspace in folder &lt;dir&gt; (created if missing).</source>
        <translation>De werkruimte in map &lt;map&gt; openen (wordt aangemaakt als die ontbreekt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dir</source>
        <translation>map</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the demo workspace, creating and filling it if needed.</source>
        <translation>De demowerkruimte openen; die wordt zo nodig aangemaakt en gevuld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User interface language: en or nl (default: the system language).</source>
        <translation>Taal van de gebruikersinterface: en of nl (standaard: de systeemtaal).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log detail: %1 (default: info).</source>
        <translation>Detailniveau van het logboek: %1 (standaard: info).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run-pipeline: import this Shopify or WooCommerce CSV first.</source>
        <translation>run-pipeline: eerst deze Shopify- of WooCommerce-CSV importeren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>migrate-workspace: the PostgreSQL database to copy the workspace to.</source>
        <translation>migrate-workspace: de PostgreSQL-database waarnaar de werkruimte gekopieerd wordt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report: the weekly report (Monday to Sunday).</source>
        <translation>report: het weekrapport (maandag tot en met zondag).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report: a day of the period to report (default: the last one).</source>
        <translation>report: een dag van de periode van het rapport (standaard: de laatste).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report: also write the PDF to this file.</source>
        <translation>report: de pdf ook naar dit bestand schrijven.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optional command (see above).</source>
        <translation>Optionele opdracht (zie hierboven).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--weekly, --day and --out are only used with report.</source>
        <translation>--weekly, --day en --out horen alleen bij report.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--day needs a date written as YYYY-MM-DD, such as 2026-11-30.</source>
        <translation>--day heeft een datum nodig als JJJJ-MM-DD, zoals 2026-11-30.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>--to is only used with migrate-workspace.</source>
        <translation>--to hoort alleen bij migrate-workspace.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 needs --workspace DIR.</source>
        <translation>%1 heeft --workspace MAP nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>migrate-workspace needs --to postgresql://user@host:5432/database.</source>
        <translation>migrate-workspace heeft --to postgresql://gebruiker@host:5432/database nodig.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Unsupported language “%1”: use en or nl.</source>
        <translation>Taal „%1” wordt niet ondersteund: gebruik en of nl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown log level “%1”: use one of %2.</source>
        <translation>Onbekend logniveau „%1”: gebruik een van %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--workspace needs a folder.</source>
        <translation>--workspace heeft een map nodig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many arguments: %1</source>
        <translation>Te veel argumenten: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown audit command. Use: quorum audit verify --workspace DIR</source>
        <translation>Onbekende auditopdracht. Gebruik: quorum audit verify --workspace MAP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>audit verify needs --workspace DIR.</source>
        <translation>audit verify heeft --workspace MAP nodig.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unknown command “%1”. The commands are run-pipeline, serve, worker, status, migrate-workspace, report and audit verify.</source>
        <translation>Onbekende opdracht „%1”. De opdrachten zijn run-pipeline, serve, worker, status, migrate-workspace, report en audit verify.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>run-pipeline needs --workspace DIR (or --demo).</source>
        <translation>run-pipeline heeft --workspace MAP (of --demo) nodig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file to import does not exist: %1</source>
        <translation>Het te importeren bestand bestaat niet: %1</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+23"/>
        <location line="+16"/>
        <source>--import is only used with run-pipeline.</source>
        <translation>--import wordt alleen samen met run-pipeline gebruikt.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+66"/>
        <source>Run “quorum --help” to see the options.</source>
        <translation>Voer „quorum --help” uit om de opties te zien.</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../ui/widgets/CommandPalette.cpp" line="+33"/>
        <source>Commands</source>
        <translation>Opdrachten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a command: pause, import, settings…</source>
        <translation>Typ een opdracht: pauzeren, importeren, instellingen…</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../services/approvals/Conflicts.cpp" line="+116"/>
        <source>#%1 “%2” (%3) acts on the same thing and was approved after this was proposed: only one of them can be approved. Reject this one, or undo that one first.</source>
        <translation>#%1 ‘%2’ (%3) gaat over hetzelfde en is goedgekeurd nadat dit werd voorgesteld: maar één van beide kan worden goedgekeurd. Wijs dit af, of maak dat eerst ongedaan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>#%1 “%2” (%3, %4)</source>
        <translation>#%1 ‘%2’ (%3, %4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting</source>
        <translation>wacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts with %1: only one of them can be approved.</source>
        <translation>In conflict met %1: maar één ervan kan worden goedgekeurd.</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../services/storage/Connection.cpp" line="+75"/>
        <source>This installation cannot reach PostgreSQL: its Qt driver is missing (Debian: libqt6sql6-psql).</source>
        <translation>Deze installatie kan PostgreSQL niet bereiken: het Qt-stuurprogramma ontbreekt (Debian: libqt6sql6-psql).</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <location filename="../services/publishing/ConnectionTester.cpp" line="+33"/>
        <source>The address %1 could not be found (DNS). Check its spelling, and that this computer is online.</source>
        <translation>Het adres %1 is niet gevonden (DNS). Controleer de spelling en of deze computer online is.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing answers at %1 (connection refused). Is the address right, and the site up?</source>
        <translation>Niets antwoordt op %1 (verbinding geweigerd). Klopt het adres en is de site bereikbaar?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secure connection to %1 failed (TLS): %2. The certificate may have expired, or not belong to this address.</source>
        <translation>De beveiligde verbinding met %1 is mislukt (TLS): %2. Het certificaat is misschien verlopen of hoort niet bij dit adres.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no WooCommerce store at %1 (its REST API was not found). Is WooCommerce installed and active there?</source>
        <translation>Er is geen WooCommerce-winkel op %1 (de REST API is niet gevonden). Is WooCommerce daar geïnstalleerd en actief?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a Shopify admin address. Use the shop&apos;s myshopify.com domain.</source>
        <translation>%1 is geen Shopify-beheeradres. Gebruik het myshopify.com-domein van de winkel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not look like a WordPress site: it announces no REST API. Check the address.</source>
        <translation>%1 lijkt geen WordPress-site: er wordt geen REST API aangekondigd. Controleer het adres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WordPress refused the user and application password. Check the user name and create a new application password (Users → Profile → Application passwords).</source>
        <translation>WordPress weigerde de gebruiker en het applicatiewachtwoord. Controleer de gebruikersnaam en maak een nieuw applicatiewachtwoord (Gebruikers → Profiel → Applicatiewachtwoorden).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WooCommerce refused the consumer key and secret. Create new keys (WooCommerce → Settings → Advanced → REST API).</source>
        <translation>WooCommerce weigerde de consumer key en het secret. Maak nieuwe sleutels (WooCommerce → Instellingen → Geavanceerd → REST API).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meta refused the access token (it expired or was revoked). Create a new system user token with ads_read and ads_management in Business Settings.</source>
        <translation>Meta weigerde het toegangstoken (verlopen of ingetrokken). Maak in de Bedrijfsinstellingen een nieuw token voor een systeemgebruiker met ads_read en ads_management.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shopify refused the access token. Check the token of the custom app (Settings → Apps).</source>
        <translation>Shopify weigerde het toegangstoken. Controleer het token van de eigen app (Instellingen → Apps).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token works but may not use this ad account: give its system user the ad account, with ads_read and ads_management.</source>
        <translation>Het token werkt maar mag dit advertentieaccount niet gebruiken: geef de systeemgebruiker toegang tot het account, met ads_read en ads_management.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token works but lacks a permission: the app needs write_products.</source>
        <translation>Het token werkt maar mist een recht: de app heeft write_products nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The credentials work but may not publish: %1 needs read and write access.</source>
        <translation>De inloggegevens werken maar mogen niet publiceren: %1 heeft lees- en schrijfrechten nodig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the REST API key</source>
        <translation>de REST API-sleutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the WordPress user</source>
        <translation>de WordPress-gebruiker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 did not answer in time.</source>
        <translation>%1 antwoordde niet op tijd.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Signed in as %1, but this user may not publish posts or upload media: give them the Editor or Administrator role.</source>
        <translation>Aangemeld als %1, maar deze gebruiker mag geen berichten publiceren of media uploaden: geef de rol Redacteur of Beheerder.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connected to %1 as %2 (%3); posts, pages and media can be published.</source>
        <translation>Verbonden met %1 als %2 (%3); berichten, pagina’s en media kunnen gepubliceerd worden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connected to the WooCommerce store at %1. Publishing needs keys with read and write access.</source>
        <translation>Verbonden met de WooCommerce-winkel op %1. Publiceren vraagt sleutels met lees- en schrijfrechten.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connected to the ad account “%1” (%2, %3).</source>
        <translation>Verbonden met het advertentieaccount “%1” (%2, %3).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Connected to the Shopify shop “%1”.</source>
        <translation>Verbonden met de Shopify-winkel “%1”.</translation>
    </message>
</context>
<context>
    <name>Connections</name>
    <message>
        <location filename="../services/publishing/Connections.cpp" line="-179"/>
        <source>WooCommerce store</source>
        <translation>WooCommerce-winkel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WordPress site</source>
        <translation>WordPress-site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shopify store</source>
        <translation>Shopify-winkel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta ad account</source>
        <translation>Meta-advertentieaccount</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Consumer key</source>
        <translation>Consumer key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consumer secret</source>
        <translation>Consumer secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application password</source>
        <translation>Applicatiewachtwoord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admin API access token</source>
        <translation>Toegangstoken Admin API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketing API access token</source>
        <translation>Toegangstoken voor de Marketing API</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Give the connection a name.</source>
        <translation>Geef de verbinding een naam.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the ad account&apos;s ID: the number in Ads Manager&apos;s account menu, e.g. 1234567890.</source>
        <translation>Voer de ID van het advertentieaccount in: het nummer in het accountmenu van Advertentiebeheer, bijvoorbeeld 1234567890.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Facebook Page ID is a number: in Meta Business Suite under Settings → Page info, or leave it empty.</source>
        <translation>De Facebook-pagina-ID is een getal: in Meta Business Suite onder Instellingen → Pagina-info, of laat het leeg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave the address empty for Meta&apos;s Graph API, or enter a full address.</source>
        <translation>Laat het adres leeg voor de Graph API van Meta, of voer een volledig adres in.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the shop&apos;s domain as it is in the admin, e.g. my-shop.myshopify.com.</source>
        <translation>Vul het domein van de winkel in zoals in het beheer, bijv. mijn-winkel.myshopify.com.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the site&apos;s address, e.g. https://shop.example.</source>
        <translation>Vul het adres van de site in, bijv. https://winkel.voorbeeld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the WordPress user the application password belongs to.</source>
        <translation>Vul de WordPress-gebruiker in bij wie het applicatiewachtwoord hoort.</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <location filename="../ui/settings/ConnectionsPage.cpp" line="+37"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>optional; needed to launch campaigns</source>
        <translation>optioneel; nodig om campagnes te starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Facebook Page the ads run as (Meta Business Suite → Settings → Page info)</source>
        <translation>De Facebook-pagina waarvandaan de advertenties lopen (Meta Business Suite → Instellingen → Pagina-info)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The WordPress login of the same site, so product images go to its media library</source>
        <translation>De WordPress-login van dezelfde site, zodat productafbeeldingen in de mediabibliotheek komen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+86"/>
        <source>WordPress user</source>
        <translation>WordPress-gebruiker</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>API version</source>
        <translation>API-versie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facebook Page ID</source>
        <translation>Facebook-pagina-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media library</source>
        <translation>Mediabibliotheek</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>New: %1</source>
        <translation>Nieuw: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>stored in the keychain; type to replace</source>
        <translation>bewaard in de sleutelbos; typ om te vervangen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None (images are not uploaded)</source>
        <translation>Geen (afbeeldingen worden niet geüpload)</translation>
    </message>
    <message>
        <location filename="../services/publishing/ConnectionSettings.cpp" line="+66"/>
        <source>The ad account %1 is connected already, as “%2”.</source>
        <translation>Het advertentieaccount %1 is al verbonden, als “%2”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The address changed, and saved secrets are only ever sent to the address they were entered for. </source>
        <translation>Het adres is gewijzigd, en opgeslagen geheimen gaan alleen naar het adres waarvoor ze zijn ingevoerd. </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the %1.</source>
        <translation>Vul de %1 in.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>To test with what you typed, enter every secret (%1 missing): saved secrets are never mixed with typed ones. Or clear the typed ones to test the saved connection.</source>
        <translation>Vul elk geheim in om te testen met wat je hebt getypt (%1 ontbreekt): opgeslagen geheimen worden nooit gemengd met getypte. Of maak de getypte leeg om de opgeslagen verbinding te testen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the secrets to test this connection.</source>
        <translation>Vul de geheimen in om deze verbinding te testen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This connection no longer exists.</source>
        <translation>Deze verbinding bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The saved secrets are only ever sent to %1. To try %2, enter its secrets too.</source>
        <translation>De opgeslagen geheimen gaan alleen naar %1. Vul ook de geheimen van %2 in om dat adres te proberen.</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConnectionsPage.cpp" line="+121"/>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Saved %1; its secrets are in the keychain.</source>
        <translation>%1 opgeslagen; de geheimen staan in de sleutelbos.</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Where approved work is published and where orders and ad figures come from. Keys and passwords are kept in this computer&apos;s keychain, never in the workspace.</source>
        <translation>Waar goedgekeurd werk wordt gepubliceerd en waar bestellingen en advertentiecijfers vandaan komen. Sleutels en wachtwoorden staan in de sleutelbos van deze computer, nooit in de werkruimte.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Ad account ID</source>
        <translation>ID van het advertentieaccount</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Testing %1…</source>
        <translation>%1 testen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove %1?</source>
        <translation>%1 verwijderen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum stops publishing there and deletes its secrets from the keychain. What is already published stays where it is.</source>
        <translation>Quorum publiceert daar niet meer en verwijdert de geheimen uit de sleutelbos. Wat al gepubliceerd is, blijft staan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Removed %1 and its secrets.</source>
        <translation>%1 en de geheimen verwijderd.</translation>
    </message>
</context>
<context>
    <name>ContentChecks</name>
    <message>
        <location filename="../services/pipeline/ContentChecks.cpp" line="+241"/>
        <source>The text has %1 words; it needs at least %2.</source>
        <translation>De tekst heeft %1 woorden; er zijn er minstens %2 nodig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The text has %1 words; it may have at most %2.</source>
        <translation>De tekst heeft %1 woorden; er mogen er hoogstens %2 zijn.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The %1 text has %2 characters; the platform allows %3.</source>
        <translation>De tekst voor %1 heeft %2 tekens; het platform staat er %3 toe.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The %1 post has %2 hashtags; the platform allows %3.</source>
        <translation>Het bericht voor %1 heeft %2 hashtags; het platform staat er %3 toe.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Uses “%1”, which the brand never uses.</source>
        <translation>Gebruikt „%1”, wat het merk nooit gebruikt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Must contain the phrase “%1”.</source>
        <translation>Moet de zin „%1” bevatten.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>States “%1” in %2, but the product is priced in %3 (%4).</source>
        <translation>Noemt „%1” in %2, maar het product is geprijsd in %3 (%4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>States the price as “%1”, but the facts say %2.</source>
        <translation>Noemt als prijs „%1”, maar volgens de feiten is het %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>States “%1”, which the product&apos;s facts do not give.</source>
        <translation>Noemt „%1”, wat niet in de feiten van het product staat.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Lists the size “%1”, but the product&apos;s facts list no sizes. Add the sizes to the product.</source>
        <translation>Noemt de maat „%1”, maar de feiten van het product noemen geen maten. Voeg de maten toe aan het product.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lists the size “%1”; the product comes in %2.</source>
        <translation>Noemt de maat „%1”; het product is er in %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mentions %1, which is not among the product&apos;s materials%2.</source>
        <translation>Noemt %1, dat niet tot de materialen van het product hoort%2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The piece is written in %1, but the brand writes in %2.</source>
        <translation>Het stuk is in het %1 geschreven, maar het merk schrijft in het %2.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Far from the brand&apos;s voice (distance %1 of 1): %2</source>
        <translation>Ver van de merkstem (afstand %1 van 1): %2</translation>
    </message>
</context>
<context>
    <name>ContentHtml</name>
    <message>
        <location filename="../ui/panes/ContentHtml.cpp" line="+49"/>
        <source>passed</source>
        <translation>geslaagd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>afgekeurd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No problems listed.</source>
        <translation>Geen problemen genoemd.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fix:</source>
        <translation>Oplossing:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Claims</source>
        <translation>Beweringen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The facts say:</source>
        <translation>Volgens de feiten:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Source:</source>
        <translation>Bron:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The knowledge base says:</source>
        <translation>Volgens de kennisbank:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing in the knowledge base says so.</source>
        <translation>Niets in de kennisbank zegt dit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing in the facts says so.</source>
        <translation>Niets in de feiten zegt dit.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n more supported by the facts.</source>
        <translation>
            <numerusform>Nog %n onderbouwd door de feiten.</numerusform>
            <numerusform>Nog %n onderbouwd door de feiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n other sentences state nothing the facts could check.</source>
        <translation>
            <numerusform>%n andere zin beweert niets wat de feiten kunnen controleren.</numerusform>
            <numerusform>%n andere zinnen beweren niets wat de feiten kunnen controleren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every checkable claim is supported by the facts or the knowledge base.</source>
        <translation>Elke controleerbare bewering wordt onderbouwd door de feiten of de kennisbank.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every checkable claim is supported by the facts.</source>
        <translation>Elke controleerbare bewering wordt door de feiten onderbouwd.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Stale: this version cites version %1 of “%2”, which is at version %3 now. Regenerate the piece, or edit it and check it again.</source>
        <translation>Verouderd: deze versie citeert versie %1 van “%2”, dat nu op versie %3 staat. Genereer het stuk opnieuw, of bewerk het en laat het opnieuw controleren.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Brand voice</source>
        <translation>Merkstem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Far from the measured voice: %1 of 1</source>
        <translation>Ver van de gemeten stem: %1 van 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close to the measured voice: %1 of 1</source>
        <translation>Dicht bij de gemeten stem: %1 van 1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Claims, one by one</source>
        <translation>Beweringen, één voor één</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Called supported, but cites nothing.</source>
        <translation>Onderbouwd genoemd, maar citeert niets.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Called supported, citing “%1”: neither a fact nor a passage it was given.</source>
        <translation>Onderbouwd genoemd met “%1”: geen feit en geen passage die hij kreeg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Cites: %1</source>
        <translation>Citeert: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n more supported, each with its citation.</source>
        <translation>
            <numerusform>Nog %n onderbouwd, met bron.</numerusform>
            <numerusform>Nog %n onderbouwd, elk met bron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n called opinion or style.</source>
        <translation>
            <numerusform>%n als mening of stijl gezien.</numerusform>
            <numerusform>%n als mening of stijl gezien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n without a verdict (the rule checks&apos; reading stands).</source>
        <translation>
            <numerusform>%n zonder oordeel (de lezing van de regelcontroles blijft staan).</numerusform>
            <numerusform>%n zonder oordeel (de lezing van de regelcontroles blijft staan).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n verdicts for claims that are not in the piece were ignored.</source>
        <translation>
            <numerusform>%n oordeel over een bewering die niet in het stuk staat, is genegeerd.</numerusform>
            <numerusform>%n oordelen over beweringen die niet in het stuk staan, zijn genegeerd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The model&apos;s answer did not match the piece&apos;s schema; this is what it returned:</source>
        <translation>Het antwoord van het model paste niet in het schema van dit stuk; dit is wat het teruggaf:</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Writer</source>
        <translation>Schrijver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited by hand by &lt;b&gt;%1&lt;/b&gt;, %2.</source>
        <translation>Met de hand bewerkt door &lt;b&gt;%1&lt;/b&gt;, %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attempt %1 of run %2, %3.</source>
        <translation>Poging %1 van ronde %2, %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prompt template version %1.</source>
        <translation>Promptsjabloon versie %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum&apos;s default prompt template.</source>
        <translation>Het standaardpromptsjabloon van Quorum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instruction:</source>
        <translation>Instructie:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lengths, counts, words and facts agree.</source>
        <translation>Lengtes, aantallen, woorden en feiten kloppen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer to the review</source>
        <translation>Antwoord op de beoordeling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agrees the piece stands</source>
        <translation>vindt dat het stuk kan blijven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agrees it needs a new version</source>
        <translation>vindt dat er een nieuwe versie nodig is</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reviewer</source>
        <translation>Beoordelaar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not sent to the reviewer: the deterministic checks failed first.</source>
        <translation>Niet naar de beoordelaar gestuurd: de vaste controles keurden het eerst al af.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not reviewed yet.</source>
        <translation>Nog niet beoordeeld.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The product has no content yet.</source>
        <translation>Het product heeft nog geen inhoud.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing written yet.</source>
        <translation>Nog niets geschreven.</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>From v%1 to v%2: %3 words added, %4 removed</source>
        <translation>Van v%1 naar v%2: %3 woorden toegevoegd, %4 verwijderd</translation>
    </message>
    <message numerus="yes">
        <location line="-171"/>
        <source>No checkable claims in %n sentences.</source>
        <translation>
            <numerusform>Geen controleerbare beweringen in %n zin.</numerusform>
            <numerusform>Geen controleerbare beweringen in %n zinnen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+204"/>
        <source>Rule checks</source>
        <translation>Regelcontroles</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The first version: nothing to compare.</source>
        <translation>De eerste versie: niets om mee te vergelijken.</translation>
    </message>
</context>
<context>
    <name>ContentSpec</name>
    <message>
        <location filename="../services/pipeline/ContentSpec.cpp" line="+108"/>
        <source>Long description</source>
        <translation>Lange omschrijving</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SEO title and meta</source>
        <translation>SEO-titel en meta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size guide</source>
        <translation>Maattabel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Care instructions</source>
        <translation>Onderhoudsadvies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAQ</source>
        <translation>Veelgestelde vragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social captions</source>
        <translation>Socialemediateksten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email announcement</source>
        <translation>Aankondiging per e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blog post draft</source>
        <translation>Concept-blogbericht</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Quality</source>
        <translation>Kwaliteit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SEO</source>
        <translation>SEO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brand voice</source>
        <translation>Merkstem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Factual accuracy</source>
        <translation>Feitelijke juistheid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compliance</source>
        <translation>Naleving</translation>
    </message>
</context>
<context>
    <name>ContentStore</name>
    <message>
        <location filename="../services/pipeline/ContentStore.cpp" line="+22"/>
        <source>Not written yet</source>
        <translation>Nog niet geschreven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued</source>
        <translation>In de wachtrij</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing</source>
        <translation>Wordt geschreven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under review</source>
        <translation>Wordt beoordeeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking your edit</source>
        <translation>Je bewerking wordt gecontroleerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs review</source>
        <translation>Beoordeling nodig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../services/core/CsvReader.cpp" line="+135"/>
        <source>The file is not UTF-8; it was read as Latin-1 (ISO 8859-1). Check accented letters in the preview.</source>
        <translation>Het bestand is geen UTF-8; het is gelezen als Latin-1 (ISO 8859-1). Controleer letters met accenten in het voorbeeld.</translation>
    </message>
    <message>
        <location filename="../services/catalog/CatalogImport.cpp" line="-31"/>
        <location filename="../services/core/CsvReader.cpp" line="+113"/>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <location filename="../services/core/CsvReader.cpp" line="-125"/>
        <source>The file looks like UTF-16 text but cannot be read as such.</source>
        <translation>Het bestand lijkt UTF-16-tekst, maar kan niet zo gelezen worden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a CSV file (it contains binary data).</source>
        <translation>Dit is geen CSV-bestand (het bevat binaire gegevens).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A quoted field that starts on line %1 is never closed, so the file ends inside it. Everything from line %2 on was not read.</source>
        <translation>Een veld tussen aanhalingstekens dat op regel %1 begint, wordt nooit gesloten, dus het bestand eindigt erin. Alles vanaf regel %2 is niet gelezen.</translation>
    </message>
    <message>
        <location filename="../services/catalog/CatalogImport.cpp" line="+1"/>
        <location filename="../services/core/CsvReader.cpp" line="+88"/>
        <source>The file has no header row.</source>
        <translation>Het bestand heeft geen kopregel.</translation>
    </message>
</context>
<context>
    <name>CurrencyPage</name>
    <message>
        <location filename="../ui/settings/CurrencyPage.cpp" line="+34"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dashboard and the profit and loss report in one currency. Orders kept in another currency by their shop count once you say what that currency is worth; until then they are left out, and the dashboard says so.</source>
        <translation>Het dashboard en de winst-en-verliesrekening rekenen in één valuta. Bestellingen die hun winkel in een andere valuta boekt, tellen mee zodra je opgeeft wat die valuta waard is; tot dan blijven ze erbuiten, en het dashboard meldt dat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reporting currency</source>
        <translation>Rapportagevaluta</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+46"/>
        <source>No other currency</source>
        <translation>Geen andere valuta</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Report in:</source>
        <translation>Rapporteren in:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Empty: orders in %1 are left out of the figures</source>
        <translation>Leeg: bestellingen in %1 tellen niet mee in de cijfers</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every order so far is in %1: no rate is needed.</source>
        <translation>Alle bestellingen tot nu toe zijn in %1: er is geen koers nodig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders</source>
        <translation>Bestellingen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 unit in %1</source>
        <translation>1 eenheid in %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The rate for %1 is not a number: “%2”.</source>
        <translation>De koers voor %1 is geen getal: “%2”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved. The dashboard reports in %1.</source>
        <translation>Opgeslagen. Het dashboard rekent in %1.</translation>
    </message>
</context>
<context>
    <name>CurrencySettings</name>
    <message>
        <location filename="../services/campaigns/CurrencySettings.cpp" line="+53"/>
        <location line="+7"/>
        <source>“%1” is not a currency code such as EUR or USD.</source>
        <translation>“%1” is geen valutacode zoals EUR of USD.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rate for %1 must be a number above 0.</source>
        <translation>De koers voor %1 moet een getal boven 0 zijn.</translation>
    </message>
</context>
<context>
    <name>CustomerActions</name>
    <message>
        <location filename="../services/storesync/CustomerActions.cpp" line="+64"/>
        <source>Only an owner erases a customer&apos;s personal data.</source>
        <translation>Alleen een eigenaar wist de persoonsgegevens van een klant.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only an owner exports customers&apos; names and e-mail addresses.</source>
        <translation>Alleen een eigenaar exporteert namen en e-mailadressen van klanten.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>“%1” is not an email address.</source>
        <translation>“%1” is geen e-mailadres.</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../models/CustomersModel.cpp" line="+71"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store</source>
        <translation>Winkel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>Bestellingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last order</source>
        <translation>Laatste bestelling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Churn risk</source>
        <translation>Vertrekkans</translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>%Ln customer(s), %1 spent</source>
        <translation>
            <numerusform>%Ln klant, %1 besteed</numerusform>
            <numerusform>%Ln klanten, %1 besteed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln at churn risk</source>
        <translation>
            <numerusform>%Ln met kans op vertrek</numerusform>
            <numerusform>%Ln met kans op vertrek</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 each</source>
        <translation>%1 per klant</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>(erased)</source>
        <translation>(gewist)</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../ui/settings/CustomersPage.cpp" line="+34"/>
        <source>Erase personal data…</source>
        <translation>Persoonsgegevens wissen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase by email address…</source>
        <translation>Wissen op e-mailadres…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export orders…</source>
        <translation>Bestellingen exporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With names and e-mail addresses</source>
        <translation>Met namen en e-mailadressen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export this segment…</source>
        <translation>Dit segment exporteren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customers of your stores, as the sync brings them in. When someone asks to be forgotten, erase their personal data: their name and email go from every order and customer record, the orders stay (without them) so your figures stay right, and the next sync does not bring them back. Names and emails never go to an AI provider.</source>
        <translation>De klanten van je winkels, zoals de synchronisatie ze binnenhaalt. Vraagt iemand om vergeten te worden, wis dan zijn persoonsgegevens: naam en e-mail verdwijnen uit elke bestelling en elk klantrecord, de bestellingen blijven (zonder die gegevens) zodat je cijfers kloppen, en de volgende synchronisatie haalt ze niet terug. Namen en e-mailadressen gaan nooit naar een AI-aanbieder.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search by name or email</source>
        <translation>Zoeken op naam of e-mail</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer Segments groups the customers by how recently, how often and how much they bought; churn risk compares the days since their last order with their own rhythm</source>
        <translation>Klantsegmenten groepeert de klanten naar hoe recent, hoe vaak en hoeveel ze kochten; de kans op vertrek vergelijkt de dagen sinds hun laatste bestelling met hun eigen ritme</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No customers</source>
        <translation>Geen klanten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers appear here once a connected store has been synced.</source>
        <translation>Klanten verschijnen hier zodra een gekoppelde winkel gesynchroniseerd is.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every order as a CSV file; customers appear as pseudonyms unless the box is ticked</source>
        <translation>Elke bestelling als CSV-bestand; klanten staan er onder een pseudoniem in, tenzij het vakje is aangevinkt</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+14"/>
        <source>Erase %1?</source>
        <translation>%1 wissen?</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>Their name and email are removed from every order and customer record in this workspace. The orders stay, without them. This cannot be undone; it does not delete anything in your stores.</source>
        <translation>Naam en e-mail worden verwijderd uit elke bestelling en elk klantrecord in deze werkruimte. De bestellingen blijven, zonder die gegevens. Dit kan niet ongedaan worden gemaakt; in je winkels wordt niets verwijderd.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Erase by email address</source>
        <translation>Wissen op e-mailadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone with this email address is erased: customers of every store, guest orders and orders imported from an export.</source>
        <translation>Iedereen met dit e-mailadres wordt gewist: klanten van elke winkel, gastbestellingen en bestellingen uit een export.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export orders</source>
        <translation>Bestellingen exporteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export customers</source>
        <translation>Klanten exporteren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All segments</source>
        <translation>Alle segmenten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No segments yet: Customer Segments groups the customers once a store&apos;s orders are synced.</source>
        <translation>Nog geen segmenten: Klantsegmenten groepeert de klanten zodra de bestellingen van een winkel gesynchroniseerd zijn.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a segment for what its customers spent and how many may leave.</source>
        <translation>Kies een segment om te zien wat de klanten besteedden en hoeveel er kunnen vertrekken.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n customer(s) exported to %1, with names and e-mail addresses.</source>
        <translation>
            <numerusform>%n klant geëxporteerd naar %1, met namen en e-mailadressen.</numerusform>
            <numerusform>%n klanten geëxporteerd naar %1, met namen en e-mailadressen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting customers…</source>
        <translation>Klanten exporteren…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting orders: %1 of %2…</source>
        <translation>Bestellingen exporteren: %1 van %2…</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>The shown segment&apos;s customers with their e-mail addresses, as a CSV file for an e-mail tool or an ad platform&apos;s customer list (erased customers and those without an address are left out)</source>
        <translation>De klanten van het getoonde segment met hun e-mailadressen, als CSV-bestand voor een e-mailprogramma of de klantenlijst van een advertentieplatform (gewiste klanten en klanten zonder adres blijven weg)</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+21"/>
        <source>Export failed: %1</source>
        <translation>Exporteren mislukt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n order(s) exported to %1, with names and e-mail addresses.</source>
        <translation>
            <numerusform>%n bestelling geëxporteerd naar %1, met namen en e-mailadressen.</numerusform>
            <numerusform>%n bestellingen geëxporteerd naar %1, met namen en e-mailadressen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n order(s) exported to %1, without personal data (customers as pseudonyms).</source>
        <translation>
            <numerusform>%n bestelling geëxporteerd naar %1, zonder persoonsgegevens (klanten als pseudoniem).</numerusform>
            <numerusform>%n bestellingen geëxporteerd naar %1, zonder persoonsgegevens (klanten als pseudoniem).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting orders…</source>
        <translation>Bestellingen exporteren…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Erased: %n customer record(s)</source>
        <translation>
            <numerusform>Gewist: %n klantrecord</numerusform>
            <numerusform>Gewist: %n klantrecords</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n order(s) anonymised.</source>
        <translation>
            <numerusform>%n bestelling geanonimiseerd.</numerusform>
            <numerusform>%n bestellingen geanonimiseerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DailyTrendModel</name>
    <message>
        <location filename="../models/DailyTrendModel.cpp" line="+87"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue</source>
        <translation>Omzet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profit</source>
        <translation>Winst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ad spend</source>
        <translation>Advertentie-uitgaven</translation>
    </message>
</context>
<context>
    <name>DashboardPane</name>
    <message>
        <location filename="../ui/panes/DashboardPane.cpp" line="+54"/>
        <source>Command center</source>
        <translation>Commandocentrum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today at a glance: what the agents did on their own, what waits for you, and how healthy the clusters are.</source>
        <translation>Vandaag in één oogopslag: wat de agents zelf deden, wat op jou wacht en hoe gezond de clusters zijn.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Click or press Enter on a figure: revenue and profit open Campaigns, pending approvals open the queue</source>
        <translation>Klik of druk op Enter op een cijfer: omzet en winst openen Campagnes, wachtende goedkeuringen openen de wachtrij</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No autonomous actions yet</source>
        <translation>Nog geen zelfstandige acties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low- and medium-risk actions that agents run on their own appear here, with the rule that allowed them.</source>
        <translation>Acties met een laag of gemiddeld risico die agents zelf uitvoeren, verschijnen hier, met de regel die ze toestond.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Click a stage to see its products in the Pipeline</source>
        <translation>Klik op een fase om de producten ervan in de pijplijn te zien</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pipeline by stage</source>
        <translation>Pijplijn per fase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent autonomous actions</source>
        <translation>Recente zelfstandige acties</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Revenue and profit, last 30 days (today so far)</source>
        <translation>Omzet en winst, laatste 30 dagen (vandaag tot nu)</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Cluster health</source>
        <translation>Gezondheid van de clusters</translation>
    </message>
</context>
<context>
    <name>DecisionLearning</name>
    <message>
        <location filename="../services/approvals/DecisionLearning.cpp" line="+72"/>
        <source>The approval rule “%1” no longer exists.</source>
        <translation>De goedkeuringsregel “%1” bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” was changed since this was proposed (it is at version %2 now); nothing was changed. The CEO looks again at the new version.</source>
        <translation>“%1” is gewijzigd sinds dit werd voorgesteld (nu versie %2); er is niets veranderd. De CEO kijkt opnieuw naar de nieuwe versie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” has no such band any more; nothing was changed.</source>
        <translation>“%1” heeft zo&apos;n band niet meer; er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new bound is not above the one there is now (%1): modify it or reject.</source>
        <translation>De nieuwe grens ligt niet boven de huidige (%1): wijzig of wijs af.</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>they would run and notify</source>
        <translation>ze lopen dan en melden het</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>they would run and be logged</source>
        <translation>ze lopen dan en worden vastgelegd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Let “%1” up to %2 run without asking: %3 of %4 were approved unchanged</source>
        <translation>Laat “%1” tot en met %2 lopen zonder te vragen: %3 van %4 zijn ongewijzigd goedgekeurd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People decided %1 proposals under “%2” above %3, where the rule asks a person now, and up to %4: %5 were approved as proposed. Raising the bound to %4 means %6.</source>
        <translation>Mensen beslisten over %1 voorstellen onder “%2” boven %3, waar de regel nu een mens vraagt, en tot en met %4: %5 zijn goedgekeurd zoals voorgesteld. De grens naar %4 verhogen betekent: %6.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CEO proposes a threshold change when the decisions by people support it: at least %1 decisions up to the new bound and at least %2 % of them approved unchanged. Here %3 of %4 (%5 %). The rule stays as it is unless an owner approves.</source>
        <translation>De CEO stelt een drempelwijziging voor als de beslissingen van mensen die steunen: minstens %1 beslissingen tot de nieuwe grens en minstens %2 % daarvan ongewijzigd goedgekeurd. Hier %3 van %4 (%5 %). De regel blijft zoals hij is tenzij een eigenaar goedkeurt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the decisions on proposals judged by “%1”</source>
        <translation>de beslissingen over voorstellen beoordeeld door “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proposals up to the new bound will no longer wait for a person</source>
        <translation>voorstellen tot de nieuwe grens wachten niet meer op een mens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the rule as it is</source>
        <translation>De regel laten zoals hij is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a person keeps deciding these</source>
        <translation>een mens blijft hierover beslissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the queue keeps proposals people approve unchanged</source>
        <translation>de wachtrij houdt voorstellen die mensen ongewijzigd goedkeuren</translation>
    </message>
</context>
<context>
    <name>DecisionOutbox</name>
    <message>
        <location filename="../services/approvals/DecisionOutbox.cpp" line="+48"/>
        <source>approval</source>
        <translation>goedkeuring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejection</source>
        <translation>afwijzing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change</source>
        <translation>wijziging</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The decision could not be kept on this computer (%1): %2</source>
        <translation>De beslissing kon niet op deze computer bewaard worden (%1): %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Your %1 of “%2” had reached the team already.</source>
        <translation>Je %1 van „%2” had het team al bereikt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is no longer a person of this workspace.</source>
        <translation>%1 hoort niet meer bij deze werkruimte.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your %1 of “%2” (%3, while the server was away) is applied.</source>
        <translation>Je %1 van „%2” (%3, toen de server weg was) is doorgevoerd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your %1 of “%2” (%3, while the server was away) was not applied: %4</source>
        <translation>Je %1 van „%2” (%3, toen de server weg was) is niet doorgevoerd: %4</translation>
    </message>
</context>
<context>
    <name>DemandAgent</name>
    <message>
        <location filename="../services/shopagents/DemandAgent.cpp" line="+47"/>
        <source>Reorder %1 × %2: runs out on %3</source>
        <translation>Nabestellen %1 × %2: op op %3</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Approve it when you have placed the order with your supplier; Quorum does not order from suppliers.</source>
        <translation>Keur het goed als je de bestelling bij je leverancier hebt geplaatst; Quorum bestelt niet bij leveranciers.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reorder %1 × %2: out of stock</source>
        <translation>Nabestellen %1 × %2: uitverkocht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2) is out of stock in the stores.</source>
        <translation>%1 (%2) is uitverkocht in de winkels.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At the forecast&apos;s pace %1 (%2) runs out on %3, before an order placed now would arrive.</source>
        <translation>In het tempo van de voorspelling is %1 (%2) op op %3, voordat een bestelling van nu zou aankomen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the product&apos;s reorder rule</source>
        <translation>de nabestelregel van het product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the defaults; set a reorder rule on the product to use its own</source>
        <translation>de standaardwaarden; geef het product een nabestelregel om die te gebruiken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on hand. The forecast (%2, backtest MASE %3 over %4 days of history) sells it by %5. A delivery takes %6 days and should cover %7 days after it arrives (%8): %9 units forecast in those %10 days, plus %11 safety stock (%12 × the backtest&apos;s daily error of %13 × √%6). Order %9 + %11 − %1 on hand = %14.</source>
        <translation>%1 op voorraad. De voorspelling (%2, backtest-MASE %3 over %4 dagen historie) verkoopt die tot %5. Een levering duurt %6 dagen en moet na aankomst %7 dagen dekken (%8): %9 stuks voorspeld in die %10 dagen, plus %11 veiligheidsvoorraad (%12 × de dagelijkse fout van de backtest van %13 × √%6). Bestel %9 + %11 − %1 op voorraad = %14.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>units sold per day, %n day(s), every store</source>
        <translation>
            <numerusform>verkochte stuks per dag, %n dag, alle winkels</numerusform>
            <numerusform>verkochte stuks per dag, %n dagen, alle winkels</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stock on hand read from the stores</source>
        <translation>voorraad zoals de winkels die melden</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>After it arrives it serves %1 units of the expected sales the stock on hand would not: %2 revenue at %3 each, %4 cost of goods at %5.</source>
        <translation>Na aankomst dekt de bestelling %1 stuks van de verwachte verkoop die de voorraad niet zou dekken: %2 omzet tegen %3 per stuk, %4 inkoopwaarde tegen %5.</translation>
    </message>
    <message numerus="yes">
        <location line="+84"/>
        <source>The orders were last synced %n day(s) ago.</source>
        <translation>
            <numerusform>De bestellingen zijn %n dag geleden voor het laatst gesynchroniseerd.</numerusform>
            <numerusform>De bestellingen zijn %n dagen geleden voor het laatst gesynchroniseerd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Needs orders: connect a store (Settings → Connections) or import an orders export.</source>
        <translation>Heeft bestellingen nodig: koppel een winkel (Instellingen → Verbindingen) of importeer een bestellingenexport.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync the stores, then it forecasts.</source>
        <translation>Synchroniseer de winkels; daarna voorspelt hij.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Needs %1 days of sales of a variant to fit and backtest a forecast; the longest history is %n day(s).</source>
        <translation>
            <numerusform>Heeft %1 dagen verkopen van een variant nodig om een voorspelling te maken en te backtesten; de langste historie is %n dag.</numerusform>
            <numerusform>Heeft %1 dagen verkopen van een variant nodig om een voorspelling te maken en te backtesten; de langste historie is %n dagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Forecast %n variant(s)</source>
        <translation>
            <numerusform>%n variant voorspeld</numerusform>
            <numerusform>%n varianten voorspeld</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(median backtest MASE %1)</source>
        <translation>(mediaan backtest-MASE %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n with less than 8 weeks of sales not yet forecast</source>
        <translation>
            <numerusform>%n met minder dan 8 weken verkopen nog niet voorspeld</numerusform>
            <numerusform>%n met minder dan 8 weken verkopen nog niet voorspeld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>proposed %n reorder(s).</source>
        <translation>
            <numerusform>%n nabestelling voorgesteld.</numerusform>
            <numerusform>%n nabestellingen voorgesteld.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No stock levels yet: reorders need a store sync of the stock.</source>
        <translation>Nog geen voorraadstanden: nabestellingen hebben een synchronisatie van de voorraad nodig.</translation>
    </message>
</context>
<context>
    <name>DemandForecasts</name>
    <message>
        <location filename="../services/storesync/DemandForecasts.cpp" line="+29"/>
        <source>Croston (intermittent demand)</source>
        <translation>Croston (onregelmatige vraag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holt-Winters (weekly season)</source>
        <translation>Holt-Winters (weekpatroon)</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <location filename="../services/demo/DemoSeeder.cpp" line="+270"/>
        <source>Cannot write the demo site %1: %2</source>
        <translation>Kan de demosite %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The demo data file is missing from this build.</source>
        <translation>Het bestand met demogegevens ontbreekt in deze build.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo data file is damaged: %1</source>
        <translation>Het bestand met demogegevens is beschadigd: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>This workspace already holds products; demo data is only added to an empty workspace.</source>
        <translation>Deze werkruimte bevat al producten; demogegevens worden alleen aan een lege werkruimte toegevoegd.</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+53"/>
        <source>Writing the demo data failed: %1</source>
        <translation>Het schrijven van de demogegevens is mislukt: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 holds a real workspace, not demo data; it was left untouched.</source>
        <translation>%1 bevat een echte werkruimte, geen demogegevens; er is niets aan veranderd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot remove %1.</source>
        <translation>Kan %1 niet verwijderen.</translation>
    </message>
</context>
<context>
    <name>EditPieceDialog</name>
    <message>
        <location filename="../ui/dialogs/EditPieceDialog.cpp" line="+25"/>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your edit is saved as a new version. Quorum checks it like the models&apos; work (lengths, words and facts, then the reviewer) and shows you the verdict.</source>
        <translation>Je bewerking wordt als nieuwe versie opgeslagen. Quorum controleert haar net als het werk van de modellen (lengtes, woorden en feiten, daarna de beoordelaar) en toont je het oordeel.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save as new version</source>
        <translation>Opslaan als nieuwe versie</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not saved yet:
%1</source>
        <translation>Nog niet opgeslagen:
%1</translation>
    </message>
</context>
<context>
    <name>EmbeddingClient</name>
    <message>
        <location filename="../services/llm/EmbeddingClient.cpp" line="+90"/>
        <source>the answer is not JSON: %1</source>
        <translation>het antwoord is geen JSON: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>%1 vectors came back for %2 texts</source>
        <translation>er kwamen %1 vectoren terug voor %2 teksten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the answer&apos;s vectors do not match the texts</source>
        <translation>de vectoren in het antwoord passen niet bij de teksten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the answer holds an empty vector or vectors of different lengths</source>
        <translation>het antwoord bevat een lege vector of vectoren van verschillende lengte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has no embeddings that Quorum can use.</source>
        <translation>%1 heeft geen embeddings die Quorum kan gebruiken.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The embeddings could not be read: %1</source>
        <translation>De embeddings konden niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>EndpointsModel</name>
    <message>
        <location filename="../models/EndpointsModel.cpp" line="+78"/>
        <source>Paused after failures, calls resume %1</source>
        <translation>Gepauzeerd na fouten, aanroepen hervatten %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trying one call</source>
        <translation>Eén aanroep als test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls go through</source>
        <translation>Aanroepen gaan door</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of the last %2</source>
        <translation>%1 van de laatste %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 / %2 (%3 waiting)</source>
        <translation>%1 / %2 (%3 wachtend)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls</source>
        <translation>Aanroepen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent failures</source>
        <translation>Recente fouten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In flight / limit found</source>
        <translation>Onderweg / limiet</translation>
    </message>
</context>
<context>
    <name>ExperimentActions</name>
    <message>
        <location filename="../services/campaigns/ExperimentActions.cpp" line="+72"/>
        <source>A test starts after the last complete day already in (%1): days already seen cannot be registered in advance.</source>
        <translation>Een test begint na de laatste volledige dag die al binnen is (%1): dagen die al gezien zijn, kunnen niet vooraf worden vastgelegd.</translation>
    </message>
</context>
<context>
    <name>ExperimentArmsModel</name>
    <message>
        <location filename="../models/ExperimentsModel.cpp" line="+211"/>
        <source>“%1” got %2 of the %3 where %4 was registered: the ad sets did not get the traffic split the test assumes, so a difference may come from whom Meta showed them to.</source>
        <translation>“%1” kreeg %2 van de %3 waar %4 was vastgelegd: de advertentiesets kregen niet de verdeling van het verkeer die de test aanneemt, dus een verschil kan komen van wie Meta ze liet zien.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The difference of the rates, in percentage points, lies in this interval with the test&apos;s confidence, however often it was looked at (an always-valid interval).</source>
        <translation>Het verschil tussen de ratio’s, in procentpunten, ligt met de betrouwbaarheid van de test in dit interval, hoe vaak er ook is gekeken (een altijd geldig interval).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (control)</source>
        <translation>%1 (controle)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 to %2 pts</source>
        <translation>%1 tot %2 ptn</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ad set</source>
        <translation>Advertentieset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Traffic (got of registered)</source>
        <translation>Verkeer (gekregen van vastgelegd)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rate</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Against control</source>
        <translation>Tegen controle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference (always valid)</source>
        <translation>Verschil (altijd geldig)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p-value</source>
        <translation>p-waarde</translation>
    </message>
</context>
<context>
    <name>ExperimentChart</name>
    <message>
        <location filename="../ui/panes/ExperimentChart.cpp" line="+44"/>
        <source>Points vs control</source>
        <translation>Punten t.o.v. controle</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Select a test to see how its variants compare day by day.</source>
        <translation>Kies een test om te zien hoe de varianten zich dag na dag verhouden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No complete day of this test has been looked at yet: the first look comes with the sync after its first day ends.</source>
        <translation>Er is nog geen volledige dag van deze test bekeken: de eerste blik komt met de synchronisatie nadat de eerste dag voorbij is.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>“%1”: interval (first days cut at ±%2 points)</source>
        <translation>“%1”: interval (eerste dagen afgekapt op ±%2 punten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”: interval</source>
        <translation>“%1”: interval</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” − control</source>
        <translation>“%1” − controle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No difference</source>
        <translation>Geen verschil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Floors met</source>
        <translation>Drempels gehaald</translation>
    </message>
</context>
<context>
    <name>ExperimentDialog</name>
    <message>
        <location filename="../ui/dialogs/ExperimentDialog.cpp" line="+53"/>
        <source>New A/B test</source>
        <translation>Nieuwe A/B-test</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. Carousel or video</source>
        <translation>bijv. Carrousel of video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. the carousel sells more per click than the video</source>
        <translation>bijv. de carrousel verkoopt meer per klik dan de video</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each arm&apos;s share of the traffic in per cent, the control first (e.g. 50/50). Meta delivers each ad set by its own budget: give them budgets in these proportions.</source>
        <translation>Het aandeel van elke arm in het verkeer in procenten, de controle eerst (bijv. 50/50). Meta levert elke advertentieset naar zijn eigen budget: geef ze budgetten in deze verhouding.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rate you expect of the control, fixed in advance: the sequential test&apos;s guarantee holds only for a rate registered before the test.</source>
        <translation>De ratio die je van de controle verwacht, vooraf vastgelegd: de garantie van de sequentiële test geldt alleen voor een ratio die vóór de test is vastgelegd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The smallest relative difference worth finding; the test is most sensitive to about this size.</source>
        <translation>Het kleinste relatieve verschil dat het vinden waard is; de test is het gevoeligst voor ongeveer deze grootte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chance of declaring a winner between arms that are the same, however often the test is looked at.</source>
        <translation>De kans om een winnaar uit te roepen tussen armen die gelijk zijn, hoe vaak er ook naar de test wordt gekeken.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is tested</source>
        <translation>Wat getest wordt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hypothesis</source>
        <translation>&amp;Hypothese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad a&amp;ccount</source>
        <translation>Adverten&amp;tieaccount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontrol ad set</source>
        <translation>C&amp;ontrole-advertentieset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Variants</source>
        <translation>&amp;Varianten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary &amp;metric</source>
        <translation>Primaire &amp;maatstaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic &amp;split (%)</source>
        <translation>Verdeling van het &amp;verkeer (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered in advance</source>
        <translation>Vooraf vastgelegd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control&apos;s expected &amp;rate</source>
        <translation>Verwachte &amp;ratio van de controle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smallest &amp;lift worth finding</source>
        <translation>Kleinste verbetering die het &amp;vinden waard is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Error rate</source>
        <translation>&amp;Foutkans</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Floors per arm</source>
        <translation>&amp;Drempels per arm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Starts on</source>
        <translation>&amp;Begint op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs at &amp;most</source>
        <translation>Loopt &amp;hoogstens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start test</source>
        <translation>Test &amp;starten</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The control had %1 over its last 28 complete days before the start.</source>
        <translation>De controle had %1 over de laatste 28 volledige dagen vóór de start.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The control has no figures before the start: enter the rate you expect.</source>
        <translation>De controle heeft geen cijfers vóór de start: vul de ratio in die je verwacht.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Ready: once started, nothing of this changes. Each complete day is looked at once; no verdict before the floors.</source>
        <translation>Klaar: eenmaal gestart verandert hier niets meer aan. Elke volledige dag wordt één keer bekeken; geen oordeel vóór de drempels.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A/B test “%1” started: each complete day is looked at after the sync.</source>
        <translation>A/B-test “%1” gestart: elke volledige dag wordt na de synchronisatie bekeken.</translation>
    </message>
</context>
<context>
    <name>Experiments</name>
    <message>
        <location filename="../services/campaigns/Experiments.cpp" line="+157"/>
        <source>Clicks per impression (CTR)</source>
        <translation>Klikken per vertoning (CTR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchases per click</source>
        <translation>Aankopen per klik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>impressions</source>
        <translation>vertoningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>clicks</source>
        <translation>klikken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purchases</source>
        <translation>aankopen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Winner declared</source>
        <translation>Winnaar uitgeroepen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the test a name.</source>
        <translation>Geef de test een naam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the ad account whose ad sets are tested.</source>
        <translation>Kies het advertentieaccount waarvan de advertentiesets worden getest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A test needs a control and at least one variant.</source>
        <translation>Een test heeft een controle en minstens één variant nodig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every arm needs an ad set.</source>
        <translation>Elke arm heeft een advertentieset nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is in the test twice.</source>
        <translation>“%1” zit twee keer in de test.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” needs a share of the traffic.</source>
        <translation>“%1” heeft een aandeel van het verkeer nodig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The traffic shares add up to %1, not 100 %.</source>
        <translation>De aandelen in het verkeer tellen op tot %1, niet tot 100 %.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register the control&apos;s expected rate (between 0 and 100 %): the sequential test&apos;s guarantee needs it fixed in advance.</source>
        <translation>Leg de verwachte ratio van de controle vast (tussen 0 en 100 %): de garantie van de sequentiële test vraagt dat die vooraf vaststaat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The smallest lift worth finding is between 1 % and 500 %.</source>
        <translation>De kleinste verbetering die het vinden waard is, ligt tussen 1 % en 500 %.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The error rate is above 0 and at most 20 %.</source>
        <translation>De foutkans is groter dan 0 en hoogstens 20 %.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The floors are at least 100 %1 and 25 %2 per arm: below them a verdict is noise.</source>
        <translation>De drempels zijn minstens 100 %1 en 25 %2 per arm: daaronder is een oordeel ruis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the day the test starts.</source>
        <translation>Geef de dag waarop de test begint.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A test runs between 7 and 90 days: a full week at least, so every weekday is in it.</source>
        <translation>Een test loopt tussen 7 en 90 dagen: minstens een volle week, zodat elke weekdag erin zit.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is in the open test “%2” already: declaring either would pause an arm of the other.</source>
        <translation>“%1” zit al in de lopende test “%2”: het uitroepen van een van beide zou een arm van de andere pauzeren.</translation>
    </message>
    <message numerus="yes">
        <location line="+110"/>
        <source>From %1 through %2 (%n complete day(s) in the account&apos;s time zone):</source>
        <translation>
            <numerusform>Van %1 tot en met %2 (%n volledige dag in de tijdzone van het account):</numerusform>
            <numerusform>Van %1 tot en met %2 (%n volledige dagen in de tijdzone van het account):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>control “%1”: %2 %3, %4 %5 (%6)</source>
        <translation>controle “%1”: %2 %3, %4 %5 (%6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1”: %2 %3, %4 %5 (%6)</source>
        <translation>“%1”: %2 %3, %4 %5 (%6)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 against the control, the difference between %2 and %3 points (always-valid interval), p = %4</source>
        <translation>%1 tegen de controle, het verschil tussen %2 en %3 punten (altijd geldig interval), p = %4</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Significant means p at most %1 (an error rate of %2 shared by %n comparison(s)); a verdict only once every arm has %3 %4 and %5 %6.</source>
        <translation>
            <numerusform>Significant betekent p hoogstens %1 (een foutkans van %2 verdeeld over %n vergelijking); een oordeel pas als elke arm %3 %4 en %5 %6 heeft.</numerusform>
            <numerusform>Significant betekent p hoogstens %1 (een foutkans van %2 verdeeld over %n vergelijkingen); een oordeel pas als elke arm %3 %4 en %5 %6 heeft.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+128"/>
        <source>The test no longer exists.</source>
        <translation>De test bestaat niet meer.</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>“%1” has no winner to declare: %2.</source>
        <translation>“%1” heeft geen winnaar om uit te roepen: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Declaring the winner of “%1” is already proposed.</source>
        <translation>Het uitroepen van de winnaar van “%1” is al voorgesteld.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” has not been looked at yet.</source>
        <translation>Er is nog niet naar “%1” gekeken.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Declare “%1” the winner of “%2”</source>
        <translation>“%1” uitroepen tot winnaar van “%2”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The A/B test “%1” on %2 has a verdict.</source>
        <translation>De A/B-test “%1” op %2 heeft een oordeel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The A/B test “%1” (%2) has a verdict.</source>
        <translation>De A/B-test “%1” (%2) heeft een oordeel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta ad insights from %1 through %2</source>
        <translation>Meta-advertentiecijfers van %1 tot en met %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the A/B test “%1”</source>
        <translation>de A/B-test “%1”</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>“%1” has ended: %2.</source>
        <translation>“%1” is afgelopen: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Declaring the winner of “%1” waits in Approvals or is being carried out: reject it there first.</source>
        <translation>Het uitroepen van de winnaar van “%1” wacht in Goedkeuringen of wordt uitgevoerd: wijs het daar eerst af.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The A/B test no longer exists.</source>
        <translation>De A/B-test bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is no longer waiting for its winner to be declared: %2.</source>
        <translation>“%1” wacht niet meer tot de winnaar wordt uitgeroepen: %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” was not declared the winner of the A/B test “%2”; “%3” was.</source>
        <translation>“%1” is niet uitgeroepen tot winnaar van de A/B-test “%2”; “%3” wel.</translation>
    </message>
</context>
<context>
    <name>ExperimentsModel</name>
    <message>
        <location filename="../models/ExperimentsModel.cpp" line="-253"/>
        <source>Winner: “%1”, declaring it failed</source>
        <translation>Winnaar: “%1”, uitroepen mislukte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Winner: “%1”, waiting in Approvals</source>
        <translation>Winnaar: “%1”, wacht in Goedkeuringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Winner: “%1”, declaring it was rejected</source>
        <translation>Winnaar: “%1”, uitroepen werd afgewezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Winner: “%1”</source>
        <translation>Winnaar: “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” declared the winner</source>
        <translation>“%1” uitgeroepen tot winnaar</translation>
    </message>
    <message>
        <location line="+43"/>
        <source> vs </source>
        <translation> tegen </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control vs variants</source>
        <translation>Controle tegen varianten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary metric</source>
        <translation>Primaire maatstaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days looked at</source>
        <translation>Dagen bekeken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
</context>
<context>
    <name>ExperimentsTab</name>
    <message>
        <location filename="../ui/panes/ExperimentsTab.cpp" line="+29"/>
        <source>&amp;New test…</source>
        <translation>&amp;Nieuwe test…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Declare winner</source>
        <translation>Winnaar &amp;uitroepen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top test</source>
        <translation>Test s&amp;toppen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No A/B tests yet</source>
        <translation>Nog geen A/B-tests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A test compares ad sets of a synced Meta ad account on one figure, registered in advance. Each complete day is looked at with a test that stays honest however often it looks; no verdict before the floors.</source>
        <translation>Een test vergelijkt advertentiesets van een gesynchroniseerd Meta-advertentieaccount op één cijfer, vooraf vastgelegd. Elke volledige dag wordt bekeken met een test die eerlijk blijft hoe vaak hij ook kijkt; geen oordeel vóór de drempels.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Propose declaring the winner again (after a person rejected it): it waits in Approvals</source>
        <translation>Stel opnieuw voor de winnaar uit te roepen (nadat iemand het afwees): het wacht in Goedkeuringen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Declaring the winner waits in Approvals or is being carried out: reject it there to stop the test</source>
        <translation>Het uitroepen van de winnaar wacht in Goedkeuringen of wordt uitgevoerd: wijs het daar af om de test te stoppen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No verdict before every arm has %1 %2 and %3 %4.</source>
        <translation>Geen oordeel voordat elke arm %1 %2 en %3 %4 heeft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped by a person before its first look.</source>
        <translation>Gestopt door een mens vóór de eerste blik.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Starts on %1 and runs at most %n day(s); the first look comes once its first day is complete.</source>
        <translation>
            <numerusform>Begint op %1 en loopt hoogstens %n dag; de eerste blik komt zodra de eerste dag volledig is.</numerusform>
            <numerusform>Begint op %1 en loopt hoogstens %n dagen; de eerste blik komt zodra de eerste dag volledig is.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+3"/>
        <source>“%1” has %2 of %3 %4.</source>
        <translation>“%1” heeft %2 van %3 %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every arm passed the floors on %1; no difference is significant yet. It ends on %2 at the latest.</source>
        <translation>Elke arm haalde de drempels op %1; nog geen verschil is significant. Hij eindigt uiterlijk op %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” wins on %2: every arm passed the floors on %3, and the difference was significant on %4.</source>
        <translation>“%1” wint op %2: elke arm haalde de drempels op %3, en het verschil was significant op %4.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>It was declared; a pause was proposed for %n other arm(s) still running.</source>
        <translation>
            <numerusform>Hij is uitgeroepen; voor %n andere arm die nog liep is een pauze voorgesteld.</numerusform>
            <numerusform>Hij is uitgeroepen; voor %n andere armen die nog liepen is een pauze voorgesteld.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was declared; no other arm was paused.</source>
        <translation>Hij is uitgeroepen; geen andere arm is gepauzeerd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declaring it failed; propose it again or stop the test.</source>
        <translation>Het uitroepen mislukte; stel het opnieuw voor of stop de test.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declaring it waits for a person in Approvals.</source>
        <translation>Het uitroepen wacht op een mens in Goedkeuringen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A person rejected declaring it; propose it again or stop the test.</source>
        <translation>Iemand wees het uitroepen af; stel het opnieuw voor of stop de test.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No difference was found by %1, the last day registered: the arms are not shown to differ by the smallest lift worth finding.</source>
        <translation>Tot %1, de laatste vastgelegde dag, is geen verschil gevonden: niet aangetoond is dat de armen verschillen met de kleinste verbetering die het vinden waard is.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last day registered, %1, passed before every arm reached the floors: no verdict.</source>
        <translation>De laatste vastgelegde dag, %1, ging voorbij voordat elke arm de drempels haalde: geen oordeel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped by a person after the look of %1.</source>
        <translation>Gestopt door een mens na de blik van %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Declaring the winner of “%1” is proposed: it waits in Approvals.</source>
        <translation>Het uitroepen van de winnaar van “%1” is voorgesteld: het wacht in Goedkeuringen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop the test?</source>
        <translation>De test stoppen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop “%1”? It looks at no more days and reaches no verdict; what it saw stays. A stopped test cannot be started again.</source>
        <translation>“%1” stoppen? Hij bekijkt geen dagen meer en komt niet tot een oordeel; wat hij zag blijft. Een gestopte test kan niet opnieuw worden gestart.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop test</source>
        <translation>Test stoppen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” stopped: it looks no more, and what it saw stays.</source>
        <translation>“%1” gestopt: hij kijkt niet meer, en wat hij zag blijft.</translation>
    </message>
</context>
<context>
    <name>ExternalAgentDialog</name>
    <message>
        <location filename="../ui/dialogs/ExternalAgentDialog.cpp" line="+31"/>
        <source>Register an external agent</source>
        <translation>Een externe agent registreren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A script, an agent framework or a job on another machine that proposes actions and waits for a decision. The risk rules judge its proposals as they judge Quorum&apos;s own agents.</source>
        <translation>Een script, een agentframework of een taak op een andere machine die acties voorstelt en op een besluit wacht. De risicoregels beoordelen zijn voorstellen zoals die van Quorums eigen agents.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Price Scout</source>
        <translation>bijv. Prijsverkenner</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Actions it may propose</source>
        <translation>Acties die hij mag voorstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no limit</source>
        <translation>geen limiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposals a day</source>
        <translation>Voorstellen per dag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;May propose:</source>
        <translation>&amp;Mag voorstellen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposals a &amp;day:</source>
        <translation>Voorstellen per &amp;dag:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register and show its key</source>
        <translation>Registreren en de sleutel tonen</translation>
    </message>
</context>
<context>
    <name>FileImportDialog</name>
    <message>
        <location filename="../ui/widgets/FileImportDialog.cpp" line="+23"/>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Stop import</source>
        <translation>Import stoppen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-bestanden (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading %1…</source>
        <translation>%1 lezen…</translation>
    </message>
</context>
<context>
    <name>FinanceAlertStrip</name>
    <message>
        <location filename="../ui/widgets/NoticeStrip.cpp" line="+28"/>
        <source>⚠ Finance Watch: %1</source>
        <translation>⚠ Financiële wacht: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finance Watch judges these every hour: revenue more than 20 % below the day before, an ad account spending more than 10 % over its budgets over 7 days, AI spend at 80 % of its monthly ceiling or on course to pass it. Each goes away when it no longer holds.</source>
        <translation>De Financiële wacht beoordeelt deze elk uur: omzet meer dan 20 % lager dan de dag ervoor, een advertentieaccount dat over 7 dagen meer dan 10 % boven zijn budgetten uitgeeft, AI-uitgaven op 80 % van het maandplafond of op weg om het te passeren. Elke waarschuwing verdwijnt zodra ze niet meer geldt.</translation>
    </message>
</context>
<context>
    <name>FinanceAlerts</name>
    <message>
        <location filename="../services/shopagents/FinanceAlerts.cpp" line="+56"/>
        <source>Revenue: no orders yet (connect a store or import an orders export).</source>
        <translation>Omzet: nog geen bestellingen (koppel een winkel of importeer een bestellingenexport).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revenue: not judged.</source>
        <translation>Omzet: niet beoordeeld.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Revenue: not judged until %1 has synced the orders since yesterday ended.</source>
        <translation>Omzet: niet beoordeeld totdat %1 de bestellingen heeft gesynchroniseerd sinds gisteren voorbij is.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Ad pacing of %1: not synced yet.</source>
        <translation>Advertentietempo van %1: nog niet gesynchroniseerd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ad pacing of %1: its figures end on %2; sync the account.</source>
        <translation>Advertentietempo van %1: de cijfers lopen tot %2; synchroniseer het account.</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Revenue on %1: %2, %3 % below the day before</source>
        <translation>Omzet op %1: %2, %3 % lager dan de dag ervoor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ad spend of %1 runs %2 % over its budgets</source>
        <translation>Advertentie-uitgaven van %1 liggen %2 % boven de budgetten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>AI spend %1 of the %2 ceiling (%3 %), on course for %4</source>
        <translation>AI-uitgaven %1 van het plafond van %2 (%3 %), op weg naar %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AI spend %1 of the %2 ceiling (%3 %)</source>
        <translation>AI-uitgaven %1 van het plafond van %2 (%3 %)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 from %n order(s); the day before %2</source>
        <translation>
            <numerusform>%1 uit %n bestelling; de dag ervoor %2</numerusform>
            <numerusform>%1 uit %n bestellingen; de dag ervoor %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same weekday a week earlier: %1</source>
        <translation>Dezelfde weekdag een week eerder: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 net sales, the day before %3</source>
        <translation>%1: %2 netto verkopen, de dag ervoor %3</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Spent %1 in the %n day(s) from %2 to %3</source>
        <translation>
            <numerusform>%1 uitgegeven in de %n dag van %2 tot %3</numerusform>
            <numerusform>%1 uitgegeven in de %n dagen van %2 tot %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daily budgets: %1 a day, %2 for those days</source>
        <translation>Dagbudgetten: %1 per dag, %2 voor die dagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: spent %2 on a budget of %3 a day</source>
        <translation>%1: %2 uitgegeven bij een budget van %3 per dag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Left out, without a daily budget: %1</source>
        <translation>Buiten beschouwing, zonder dagbudget: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At the last 7 days&apos; pace (%1 a day) the month ends at %2</source>
        <translation>In het tempo van de laatste 7 dagen (%1 per dag) eindigt de maand op %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower the agents&apos; daily AI budgets or pause the pipeline; the ceiling is a goal on the dashboard.</source>
        <translation>Verlaag de dagelijkse AI-budgetten van de agents of pauzeer de pijplijn; het plafond is een doel op het dashboard.</translation>
    </message>
</context>
<context>
    <name>FinanceAlertsModel</name>
    <message>
        <location filename="../models/FinanceAlertsModel.cpp" line="+74"/>
        <source>Alert</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raised</source>
        <translation>Gemeld</translation>
    </message>
</context>
<context>
    <name>FinanceWatch</name>
    <message>
        <location filename="../services/shopagents/FinanceWatch.cpp" line="+22"/>
        <source>Needs orders (connect a store or import an orders export), a Meta ad account or an AI spend ceiling (a goal on the dashboard).</source>
        <translation>Heeft bestellingen nodig (koppel een winkel of importeer een bestellingenexport), een Meta-advertentieaccount of een plafond voor AI-uitgaven (een doel op het dashboard).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Yesterday: revenue %1, gross profit %2, net after ads and AI %3.</source>
        <translation>Gisteren: omzet %1, brutowinst %2, netto na advertenties en AI %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not known (no USD rate for AI spend)</source>
        <translation>onbekend (geen USD-koers voor AI-uitgaven)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No alerts.</source>
        <translation>Geen waarschuwingen.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n alert(s), %1 new: %2</source>
        <translation>
            <numerusform>%n waarschuwing, %1 nieuw: %2</numerusform>
            <numerusform>%n waarschuwingen, %1 nieuw: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForecastDialog</name>
    <message>
        <location filename="../ui/dialogs/ForecastDialog.cpp" line="+34"/>
        <source>no backtest error: the naive forecast never erred on these days</source>
        <translation>geen backtestfout: de naïeve voorspelling zat op deze dagen nooit fout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MASE %1 (beats the naive forecast)</source>
        <translation>MASE %1 (beter dan de naïeve voorspelling)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MASE %1 (no better than the naive forecast)</source>
        <translation>MASE %1 (niet beter dan de naïeve voorspelling)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Demand forecast: %1</source>
        <translation>Vraagvoorspelling: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Units sold per day</source>
        <translation>Verkochte stuks per dag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forecast</source>
        <translation>Voorspelling</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Units a day</source>
        <translation>Stuks per dag</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next 4 weeks</source>
        <translation>Komende 4 weken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backtest</source>
        <translation>Backtest</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forecast on %1 by Demand Forecast, from the paid orders of every store. The backtest holds out the last 4 weeks, forecasts them from the weeks before and compares the error with the naive forecast&apos;s (the same weekday a week earlier; the day before for intermittent demand): below 1 the forecast is the better one.</source>
        <translation>Voorspeld op %1 door Vraagvoorspelling, uit de betaalde bestellingen van alle winkels. De backtest houdt de laatste 4 weken apart, voorspelt ze uit de weken ervoor en vergelijkt de fout met die van de naïeve voorspelling (dezelfde weekdag een week eerder; de dag ervoor bij onregelmatige vraag): onder 1 is de voorspelling de betere.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <location filename="../models/Format.cpp" line="+20"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n u</numerusform>
            <numerusform>%n u</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 u</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>overdue by %1</source>
        <translation>%1 over tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1</source>
        <translation>over %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>just now</source>
        <translation>zojuist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ago</source>
        <translation>%1 geleden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
</context>
<context>
    <name>FraudAgent</name>
    <message>
        <location filename="../services/shopagents/FraudAgent.cpp" line="+152"/>
        <source>First order from this customer, %1: %2× the median order (%3)</source>
        <translation>Eerste bestelling van deze klant, %1: %2× de mediaanbestelling (%3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Billing country %1 differs from the customer&apos;s country on file (%2)</source>
        <translation>Factuurland %1 wijkt af van het land van de klant in het bestand (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Billed in %1 and shipped to %2</source>
        <translation>Gefactureerd in %1 en verzonden naar %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Order %n from the same e-mail address within 24 hours</source>
        <translation>
            <numerusform>Bestelling %n van hetzelfde e-mailadres binnen 24 uur</numerusform>
            <numerusform>Bestelling %n van hetzelfde e-mailadres binnen 24 uur</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Needs orders: connect a store (Settings → Connections) or import an orders export.</source>
        <translation>Heeft bestellingen nodig: verbind een winkel (Instellingen → Verbindingen) of importeer een export van bestellingen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync the stores, then it scores the new orders.</source>
        <translation>Synchroniseer de winkels; daarna beoordeelt hij de nieuwe bestellingen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Hold order %1 (risk score %2)</source>
        <translation>Bestelling %1 aanhouden (risicoscore %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 of %2 scores %3 of 100 for fraud risk. Approve when you have put it on hold in the store: Quorum records the hold and does not change orders in the store.</source>
        <translation>Bestelling %1 van %2 scoort %3 van de 100 op frauderisico. Keur goed wanneer je haar in de winkel in de wacht hebt gezet: Quorum legt het aanhouden vast en wijzigt geen bestellingen in de winkel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>order %1</source>
        <translation>bestelling %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid orders of the 90 days before it</source>
        <translation>betaalde bestellingen van de 90 dagen ervoor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the customer&apos;s record</source>
        <translation>de gegevens van de klant</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No new paid orders to score.</source>
        <translation>Geen nieuwe betaalde bestellingen om te beoordelen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Scored %n new order(s)</source>
        <translation>
            <numerusform>%n nieuwe bestelling beoordeeld</numerusform>
            <numerusform>%n nieuwe bestellingen beoordeeld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>proposed %n hold(s).</source>
        <translation>
            <numerusform>%n keer aanhouden voorgesteld.</numerusform>
            <numerusform>%n keer aanhouden voorgesteld.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatewayActions</name>
    <message>
        <location filename="../services/gateway/GatewayActions.cpp" line="+88"/>
        <source>No external agent is called %1.</source>
        <translation>Er is geen externe agent met de naam %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>That key is unknown or revoked already.</source>
        <translation>Die sleutel is onbekend of al ingetrokken.</translation>
    </message>
</context>
<context>
    <name>GatewayPage</name>
    <message>
        <location filename="../ui/settings/GatewayPage.cpp" line="+61"/>
        <source>&amp;Run the approval gateway on this desk</source>
        <translation>De goedkeuringspoort op deze desk &amp;draaien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open to the &amp;network (needs TLS)</source>
        <translation>Open voor het &amp;netwerk (vraagt TLS)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>May propose</source>
        <translation>Mag voorstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A day</source>
        <translation>Per dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last used</source>
        <translation>Laatst gebruikt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoked</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last address</source>
        <translation>Laatste adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register an agent…</source>
        <translation>Een agent registreren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New key</source>
        <translation>Nieuwe sleutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+241"/>
        <source>Revoke key</source>
        <translation>Sleutel intrekken</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>External agents (a script, an agent framework, a job on another machine) propose actions here and wait for a decision. The risk rules judge them as they judge Quorum&apos;s own agents; what waits appears in Approvals.</source>
        <translation>Externe agents (een script, een agentframework, een taak op een andere machine) stellen hier acties voor en wachten op een besluit. De risicoregels beoordelen ze zoals Quorums eigen agents; wat wacht, verschijnt in Goedkeuringen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate, PEM</source>
        <translation>certificaat, PEM</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>TLS certificate</source>
        <translation>TLS-certificaat</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>private key, PEM</source>
        <translation>privésleutel, PEM</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>TLS private key</source>
        <translation>Privésleutel voor TLS</translation>
    </message>
    <message>
        <location line="-29"/>
        <source> a second per key</source>
        <translation> per seconde per sleutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages a second per key</source>
        <translation>Berichten per seconde per sleutel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM-bestanden (*.pem *.crt *.key);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Port:</source>
        <translation>Poort:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limit:</source>
        <translation>Limiet:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS:</source>
        <translation>TLS:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No external agent yet</source>
        <translation>Nog geen externe agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register one to give it a key; it then connects to the gateway and proposes.</source>
        <translation>Registreer er een om hem een sleutel te geven; daarna verbindt hij met de poort en doet hij voorstellen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+94"/>
        <source>No agent selected</source>
        <translation>Geen agent gekozen</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+94"/>
        <source>Select an agent above to see its keys.</source>
        <translation>Kies hierboven een agent om zijn sleutels te zien.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>no limit</source>
        <translation>geen limiet</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+3"/>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No key</source>
        <translation>Geen sleutel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 has no key: give it one with New key.</source>
        <translation>%1 heeft geen sleutel: geef hem er een met Nieuwe sleutel.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>On: the team&apos;s server runs it (“quorum serve”); agents connect there.</source>
        <translation>Aan: de server van het team draait hem (“quorum serve”); agents verbinden daar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off. On a team workspace the team&apos;s server runs it (“quorum serve”), not this desk.</source>
        <translation>Uit. In een teamwerkruimte draait de server van het team hem (“quorum serve”), niet deze desk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gateway did not start: %1</source>
        <translation>De goedkeuringspoort is niet gestart: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Listening on %1 (HTTP on the same port); %n agent(s) connected.</source>
        <translation>
            <numerusform>Luistert op %1 (HTTP op dezelfde poort); %n agent verbonden.</numerusform>
            <numerusform>Luistert op %1 (HTTP op dezelfde poort); %n agents verbonden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting…</source>
        <translation>Bezig met starten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off: no agent can connect to this desk.</source>
        <translation>Uit: geen agent kan met deze desk verbinden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved. The team&apos;s server (“quorum serve”) applies it now.</source>
        <translation>Opgeslagen. De server van het team (“quorum serve”) past het nu toe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved. The gateway starts with these settings.</source>
        <translation>Opgeslagen. De goedkeuringspoort start met deze instellingen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved. The gateway is off; connected agents were disconnected.</source>
        <translation>Opgeslagen. De goedkeuringspoort staat uit; verbonden agents zijn losgekoppeld.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is registered.</source>
        <translation>%1 is geregistreerd.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Revoke %1 of %2? Its connections close at once, its waiting proposals are revoked, and it is never accepted again.</source>
        <translation>%1 van %2 intrekken? De verbindingen ermee sluiten meteen, de wachtende voorstellen worden ingetrokken, en de sleutel wordt nooit meer geaccepteerd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revoke</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is revoked.</source>
        <translation>%1 is ingetrokken.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The agent connects to %1 with this key (the README&apos;s “The approval gateway” shows how).</source>
        <translation>De agent verbindt met %1 met deze sleutel (“The approval gateway” in de README laat zien hoe).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent connects to the team&apos;s server, where “quorum serve” runs the gateway, with this key.</source>
        <translation>De agent verbindt met deze sleutel met de server van het team, waar “quorum serve” de goedkeuringspoort draait.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gateway is off: switch it on above before the agent connects.</source>
        <translation>De goedkeuringspoort staat uit: zet hem hierboven aan voordat de agent verbindt.</translation>
    </message>
</context>
<context>
    <name>GatewayServer</name>
    <message>
        <location filename="../services/gateway/GatewayServer.cpp" line="+91"/>
        <source>The certificate or its private key cannot be read (%1, %2).</source>
        <translation>Het certificaat of de privésleutel kan niet gelezen worden (%1, %2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The certificate or its private key is not in PEM form.</source>
        <translation>Het certificaat of de privésleutel is niet in PEM-vorm.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The gateway cannot listen on %1 port %2: it is in use, or not allowed.</source>
        <translation>De goedkeuringspoort kan niet luisteren op %1 poort %2: die is in gebruik, of niet toegestaan.</translation>
    </message>
</context>
<context>
    <name>GatewaySettings</name>
    <message>
        <location filename="../services/gateway/GatewaySettings.cpp" line="+47"/>
        <source>The port is a number from 1024 to 65535.</source>
        <translation>De poort is een getal van 1024 tot 65535.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rate limit is from 1 to 10,000 messages a second.</source>
        <translation>De limiet ligt tussen 1 en 10.000 berichten per seconde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For TLS, give both the certificate and its private key (PEM files).</source>
        <translation>Geef voor TLS zowel het certificaat als de privésleutel (PEM-bestanden).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be read.</source>
        <translation>%1 kan niet gelezen worden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open to the network only with TLS: agents send their keys, which must not cross a network in the clear.</source>
        <translation>Alleen met TLS open voor het netwerk: agents sturen hun sleutels mee, en die mogen niet onversleuteld over een netwerk gaan.</translation>
    </message>
</context>
<context>
    <name>GenerateSiteDialog</name>
    <message>
        <location filename="../ui/dialogs/GenerateSiteDialog.cpp" line="+31"/>
        <source>Generate site</source>
        <translation>Site genereren</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>One &amp;product</source>
        <translation>Eén &amp;product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;collection</source>
        <translation>Een &amp;collectie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;whole shop</source>
        <translation>De &amp;hele winkel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quorum writes the page in four checked steps: an analyst&apos;s brief, a concept, design tokens from your brand palette, then the page section by section. Every part is checked and reviewed by a second model; you approve the page before it goes anywhere.</source>
        <translation>Quorum schrijft de pagina in vier gecontroleerde stappen: de briefing van een analist, een concept, ontwerptokens uit je merkpalet, dan de pagina sectie voor sectie. Elk deel wordt gecontroleerd en door een tweede model beoordeeld; jij keurt de pagina goed voordat hij ergens heen gaat.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 (%n product(s))</source>
        <translation>
            <numerusform>%1 (%n product)</numerusform>
            <numerusform>%1 (%n producten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No product has a category yet</source>
        <translation>Nog geen product heeft een categorie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The shop has no products for sale yet.</source>
        <translation>De winkel heeft nog geen producten te koop.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n product(s) for sale; the page shows up to %1, best sellers first.</source>
        <translation>
            <numerusform>%n product te koop; de pagina toont er tot %1, de best verkopende eerst.</numerusform>
            <numerusform>%n producten te koop; de pagina toont er tot %1, de best verkopende eerst.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A collection is the products for sale in one category; its page shows up to %1, best sellers first.</source>
        <translation>Een collectie is de producten te koop in één categorie; de pagina toont er tot %1, de best verkopende eerst.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Generate</source>
        <translation>Genereren</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Add or import a product first: a site is written about the shop&apos;s products.</source>
        <translation>Voeg eerst een product toe of importeer er een: een site gaat over de producten van de winkel.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a product from the list.</source>
        <translation>Kies een product uit de lijst.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a collection from the list.</source>
        <translation>Kies een collectie uit de lijst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the collection %1</source>
        <translation>de collectie %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the whole shop</source>
        <translation>de hele winkel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Generating a site for %1: the four steps run in the background.</source>
        <translation>Er wordt een site gegenereerd voor %1: de vier stappen lopen op de achtergrond.</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <location filename="../services/shopagents/Goals.cpp" line="+64"/>
        <source>The monthly revenue goal must be more than zero.</source>
        <translation>Het omzetdoel per maand moet meer dan nul zijn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gross margin goal must be between 0 and 100 %.</source>
        <translation>Het brutomargedoel moet tussen 0 en 100 % liggen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ROAS goal must be more than zero.</source>
        <translation>Het ROAS-doel moet meer dan nul zijn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock cover must be between 1 and 365 days.</source>
        <translation>De voorraaddekking moet tussen 1 en 365 dagen liggen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The AI spend ceiling must be more than zero.</source>
        <translation>Het plafond voor AI-uitgaven moet meer dan nul zijn.</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <location filename="../ui/dialogs/GoalsDialog.cpp" line="+39"/>
        <source>Goals for the month</source>
        <translation>Doelen voor de maand</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The CEO measures each calendar month against these goals: what the month has brought so far, where it ends at the current pace, and why a goal is off track. Leave a goal at “Not set” to see its figure without a target.</source>
        <translation>De CEO meet elke kalendermaand aan deze doelen: wat de maand tot nu toe bracht, waar hij in het huidige tempo eindigt en waarom een doel achterloopt. Laat een doel op „Niet ingesteld” staan om het cijfer zonder streefwaarde te zien.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Revenue (%1)</source>
        <translation>Omzet (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross margin at least</source>
        <translation>Brutomarge minstens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROAS at least</source>
        <translation>ROAS minstens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock cover at least</source>
        <translation>Voorraaddekking minstens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI spend at most (US$)</source>
        <translation>AI-uitgaven hoogstens (US$)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Goals saved; the CEO measures the month against them now.</source>
        <translation>Doelen bewaard; de CEO meet de maand er nu aan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals saved; the CEO is paused and measures the month against them when resumed.</source>
        <translation>Doelen bewaard; de CEO is gepauzeerd en meet de maand eraan zodra hij wordt hervat.</translation>
    </message>
</context>
<context>
    <name>HeadlessRun</name>
    <message>
        <location filename="../app/HeadlessRun.cpp" line="+86"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Kan de werkruimte %1 niet openen: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pipeline is under an emergency stop. An owner resumes it in Quorum (Pipeline → Resume).</source>
        <translation>De pijplijn staat op noodstop. Een eigenaar hervat haar in Quorum (Pijplijn → Hervatten).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pipeline is paused. Resume it in Quorum (Pipeline → Resume) and run again.</source>
        <translation>De pijplijn is gepauzeerd. Hervat haar in Quorum (Pijplijn → Hervatten) en start opnieuw.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Queuing %n product(s)</source>
        <translation>
            <numerusform>%n product in de wachtrij zetten</numerusform>
            <numerusform>%n producten in de wachtrij zetten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing to do: no product is in Draft and nothing is queued.</source>
        <translation>Niets te doen: geen product staat op Concept en er staat niets in de wachtrij.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Running %n queued job(s) in %1</source>
        <translation>
            <numerusform>%n taak uit de wachtrij uitvoeren in %1</numerusform>
            <numerusform>%n taken uit de wachtrij uitvoeren in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Running the pipeline for %n product(s) in %1</source>
        <translation>
            <numerusform>De pijplijn draait voor %n product in %1</numerusform>
            <numerusform>De pijplijn draait voor %n producten in %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo workspace: the AI providers are the sandbox at %1</source>
        <translation>Demowerkruimte: de AI-aanbieders zijn de sandbox op %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A worker cannot open the workspace: %1</source>
        <translation>Een worker kan de werkruimte niet openen: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading %1</source>
        <translation>%1 lezen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comparing with the workspace</source>
        <translation>Vergelijken met de werkruimte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing products</source>
        <translation>Producten schrijven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import stopped: %1</source>
        <translation>De import is gestopt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged.</source>
        <translation>%1 geïmporteerd: %2 nieuw, %3 bijgewerkt, %4 ongewijzigd.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The import was interrupted: %n product(s) were written; run the import again to add the rest.</source>
        <translation>
            <numerusform>De import is onderbroken: %n product is geschreven; start de import opnieuw om de rest toe te voegen.</numerusform>
            <numerusform>De import is onderbroken: %n producten zijn geschreven; start de import opnieuw om de rest toe te voegen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n row(s) could not be imported:</source>
        <translation>
            <numerusform>%n rij kon niet worden geïmporteerd:</numerusform>
            <numerusform>%n rijen konden niet worden geïmporteerd:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  line %1: %2</source>
        <translation>  regel %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is cut off: lines %2 to %3 were not read.</source>
        <translation>%1 is afgebroken: regels %2 tot en met %3 zijn niet gelezen.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>ready</source>
        <translation>klaar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>review</source>
        <translation>beoordelen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Interrupted after %1.</source>
        <translation>Onderbroken na %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished in %1.</source>
        <translation>Klaar in %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Done (ready for approval): %1</source>
        <translation>  Klaar (gereed voor goedkeuring): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Needs review: %1</source>
        <translation>  Beoordeling nodig: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  Failed: %1</source>
        <translation>  Mislukt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Not finished (left in the queue; run again to continue): %1</source>
        <translation>  Niet af (blijft in de wachtrij; start opnieuw om verder te gaan): %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>  AI cost: %1 over %n call(s)</source>
        <translation>
            <numerusform>  AI-kosten: %1 over %n aanroep</numerusform>
            <numerusform>  AI-kosten: %1 over %n aanroepen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Healing</name>
    <message>
        <location filename="../services/pipeline/Healing.cpp" line="+32"/>
        <source>server errors or broken answers</source>
        <translation>serverfouten of kapotte antwoorden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overloaded</source>
        <translation>overbelast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer in time</source>
        <translation>geen antwoord op tijd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not reachable</source>
        <translation>niet bereikbaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many requests</source>
        <translation>te veel verzoeken</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is paused after repeated failures</source>
        <translation>%1 is gepauzeerd na herhaalde fouten</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n call(s) failed since %2 (%3)</source>
        <translation>
            <numerusform>%1: %n aanroep mislukt sinds %2 (%3)</numerusform>
            <numerusform>%1: %n aanroepen mislukt sinds %2 (%3)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Waiting: %1. Next try %2; nothing to do.</source>
        <translation>Wachten: %1. Volgende poging %2; je hoeft niets te doen.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Gave up after waiting %n hour(s): %1. Run the product again when the provider is back.</source>
        <translation>
            <numerusform>Opgegeven na %n uur wachten: %1. Start het product opnieuw als de aanbieder terug is.</numerusform>
            <numerusform>Opgegeven na %n uur wachten: %1. Start het product opnieuw als de aanbieder terug is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <location filename="../services/net/HttpClient.cpp" line="+64"/>
        <source>the request took longer than its deadline</source>
        <translation>het verzoek duurde langer dan de ingestelde tijd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server stopped sending data</source>
        <translation>de server stuurt geen gegevens meer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the connection was refused: nothing is listening at that address</source>
        <translation>de verbinding werd geweigerd: op dat adres luistert niets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the host name could not be found (DNS)</source>
        <translation>de hostnaam is niet gevonden (DNS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server closed the connection before the answer was complete</source>
        <translation>de server verbrak de verbinding voordat het antwoord compleet was</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the secure connection failed: %1</source>
        <translation>de beveiligde verbinding is mislukt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer was larger than allowed</source>
        <translation>het antwoord was groter dan toegestaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many or unsafe redirects</source>
        <translation>te veel of onveilige doorverwijzingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the request was canceled</source>
        <translation>het verzoek is geannuleerd</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>not an http(s) address: %1</source>
        <translation>geen http(s)-adres: %1</translation>
    </message>
</context>
<context>
    <name>ImageClient</name>
    <message>
        <location filename="../services/llm/ImageClient.cpp" line="+88"/>
        <source>the image answer could not be read: %1</source>
        <translation>het antwoord met de afbeelding kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the image answer did not contain a PNG image</source>
        <translation>het antwoord bevatte geen PNG-afbeelding</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot save the image to %1: %2</source>
        <translation>Kan de afbeelding niet opslaan in %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="+39"/>
        <source>Write the listings of the new products now</source>
        <translation>De productpagina’s van de nieuwe producten nu schrijven</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import products</source>
        <translation>Producten importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the product export of your Shopify or WooCommerce store (CSV). Quorum shows what it found before anything is added; products already in the workspace are matched by SKU or handle, so importing the same file again adds nothing.</source>
        <translation>Kies de productexport van je Shopify- of WooCommerce-winkel (CSV). Quorum laat zien wat het vond voordat er iets wordt toegevoegd; producten die al in de werkruimte staan worden herkend aan SKU of handle, dus hetzelfde bestand opnieuw importeren voegt niets toe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>products_export.csv</source>
        <translation>products_export.csv</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Store exports do not say their currency; prices are read in this one.</source>
        <translation>Winkelexports vermelden hun valuta niet; prijzen worden in deze valuta gelezen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Products</source>
        <translation>Producten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+179"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+188"/>
        <source>Cancel import</source>
        <translation>Import annuleren</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose a product export</source>
        <translation>Kies een productexport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-bestanden (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading %1…</source>
        <translation>%1 wordt gelezen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop reading</source>
        <translation>Stoppen met lezen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading %1 · %p%</source>
        <translation>%1 lezen · %p%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comparing with the workspace: %1 of %2</source>
        <translation>Vergelijken met de werkruimte: %1 van %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing products: %1 of %2</source>
        <translation>Producten schrijven: %1 van %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queuing the new products for writing: %1 of %2</source>
        <translation>Nieuwe producten in de wachtrij zetten om te schrijven: %1 van %2</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n data row(s) read</source>
        <translation>
            <numerusform>%n gegevensrij gelezen</numerusform>
            <numerusform>%n gegevensrijen gelezen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Writing products…</source>
        <translation>Producten schrijven…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopping after the current batch…</source>
        <translation>Stoppen na de huidige reeks…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopping…</source>
        <translation>Stoppen…</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>%1 new, %2 to update, %3 unchanged</source>
        <translation>%1 nieuw, %2 bij te werken, %3 ongewijzigd</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) not imported</source>
        <translation>
            <numerusform>%n rij niet geïmporteerd</numerusform>
            <numerusform>%n rijen niet geïmporteerd</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is cut off: lines %1 to %2 were not read (see Problems).</source>
        <translation>Het bestand is afgebroken: regels %1 tot en met %2 zijn niet gelezen (zie Problemen).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Products (%1)</source>
        <translation>Producten (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems (%1)</source>
        <translation>Problemen (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Import %n product(s)</source>
        <translation>
            <numerusform>%n product importeren</numerusform>
            <numerusform>%n producten importeren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportIssuesModel</name>
    <message>
        <location filename="../models/ImportPreviewModel.cpp" line="+152"/>
        <source>Imported, with a warning</source>
        <translation>Geïmporteerd, met een waarschuwing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not read</source>
        <translation>Niet gelezen</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n row(s) not imported</source>
        <translation>
            <numerusform>%n rij niet geïmporteerd</numerusform>
            <numerusform>%n rijen niet geïmporteerd</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location line="-131"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update</source>
        <translation>Bijwerken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>sizes %1</source>
        <translation>maten %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n afbeelding</numerusform>
            <numerusform>%n afbeeldingen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import as</source>
        <translation>Importeren als</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU / handle</source>
        <translation>SKU / handle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ImportedList</name>
    <message numerus="yes">
        <location filename="../services/shopagents/ImportedList.cpp" line="+25"/>
        <source>%n row(s) left out: </source>
        <translation>
            <numerusform>%n regel weggelaten: </numerusform>
            <numerusform>%n regels weggelaten: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobWorker</name>
    <message>
        <location filename="../services/jobs/JobWorker.cpp" line="+134"/>
        <source>This version of Quorum cannot run “%1” jobs.</source>
        <translation>Deze versie van Quorum kan geen “%1”-taken uitvoeren.</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <location filename="../services/core/Json.cpp" line="+15"/>
        <source>the body is empty</source>
        <translation>de inhoud is leeg</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not JSON: the body starts with “%1”</source>
        <translation>geen JSON: de inhoud begint met „%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the JSON ends early (%1 bytes): the response was cut off</source>
        <translation>de JSON houdt te vroeg op (%1 bytes): het antwoord is afgebroken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed JSON at byte %1: %2</source>
        <translation>ongeldige JSON bij byte %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected a JSON object</source>
        <translation>een JSON-object verwacht</translation>
    </message>
</context>
<context>
    <name>JsonForm</name>
    <message>
        <location filename="../ui/widgets/JsonForm.cpp" line="+124"/>
        <source>SEO title</source>
        <translation>SEO-titel</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Add row</source>
        <translation>Rij toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove row</source>
        <translation>Rij verwijderen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>One per line</source>
        <translation>Eén per regel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (one per line)</source>
        <translation>%1 (één per regel)</translation>
    </message>
</context>
<context>
    <name>JsonSchema</name>
    <message>
        <location filename="../services/llm/JsonSchema.cpp" line="+58"/>
        <source>expected %1, got %2</source>
        <translation>%1 verwacht, %2 gekregen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be one of %1</source>
        <translation>moet een van %1 zijn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is %1 characters, shorter than the minimum %2</source>
        <translation>is %1 tekens, korter dan het minimum van %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is %1 characters, longer than the maximum %2</source>
        <translation>is %1 tekens, langer dan het maximum van %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is below the minimum %2</source>
        <translation>%1 ligt onder het minimum %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is above the maximum %2</source>
        <translation>%1 ligt boven het maximum %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has %1 items, fewer than the minimum %2</source>
        <translation>heeft %1 onderdelen, minder dan het minimum van %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has %1 items, more than the maximum %2</source>
        <translation>heeft %1 onderdelen, meer dan het maximum van %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>is required but missing</source>
        <translation>is verplicht maar ontbreekt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not allowed here</source>
        <translation>is hier niet toegestaan</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../ui/dialogs/ExternalAgentDialog.cpp" line="+48"/>
        <source>The key of %1</source>
        <translation>De sleutel van %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy it into the agent&apos;s configuration now: it is shown only this once. Quorum keeps only a fingerprint of it; if it is lost, give the agent a new key and revoke this one.</source>
        <translation>Kopieer hem nu naar de configuratie van de agent: hij wordt alleen deze ene keer getoond. Quorum bewaart alleen een vingerafdruk ervan; raakt hij kwijt, geef de agent dan een nieuwe sleutel en trek deze in.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
</context>
<context>
    <name>Knowledge</name>
    <message>
        <location filename="../services/knowledge/KnowledgeActions.cpp" line="+206"/>
        <location filename="../services/knowledge/KnowledgeBase.cpp" line="+295"/>
        <location filename="../ui/settings/KnowledgePage.cpp" line="+323"/>
        <source>The document no longer exists.</source>
        <translation>Het document bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type the page&apos;s full address, beginning with https://.</source>
        <translation>Typ het volledige adres van de pagina, beginnend met https://.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A page is being fetched already.</source>
        <translation>Er wordt al een pagina opgehaald.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 could not be reached: %2</source>
        <translation>%1 is niet bereikbaar: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered with HTTP %2; nothing was read.</source>
        <translation>%1 antwoordde met HTTP %2; er is niets gelezen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PDF could not be kept to read it.</source>
        <translation>De pdf kon niet worden bewaard om hem te lezen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a page of text (it is %2).</source>
        <translation>%1 is geen pagina met tekst (het is %2).</translation>
    </message>
    <message>
        <location filename="../services/knowledge/KnowledgeBase.cpp" line="-267"/>
        <source>Shipping</source>
        <translation>Verzending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Care guide</source>
        <translation>Onderhoudsgids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size chart</source>
        <translation>Maattabel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Material story</source>
        <translation>Materiaalverhaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand story</source>
        <translation>Merkverhaal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAQ</source>
        <translation>Veelgestelde vragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>Give the document a title.</source>
        <translation>Geef het document een titel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document has no text.</source>
        <translation>Het document heeft geen tekst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document holds %1 characters of text; the knowledge base takes at most %2 per document. Split it into parts (for example one per topic) and add them one by one.</source>
        <translation>Het document bevat %1 tekens tekst; de kennisbank neemt er hoogstens %2 per document. Splits het in delen (bijvoorbeeld één per onderwerp) en voeg ze een voor een toe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a topic for the document.</source>
        <translation>Kies een onderwerp voor het document.</translation>
    </message>
</context>
<context>
    <name>KnowledgeClaims</name>
    <message>
        <location filename="../services/pipeline/KnowledgeClaims.cpp" line="+105"/>
        <source>knowledge base, %1 (%2, version %3): %4</source>
        <translation>kennisbank, %1 (%2, versie %3): %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>knowledge base, %1 (%2, version %3), word for word</source>
        <translation>kennisbank, %1 (%2, versie %3), woord voor woord</translation>
    </message>
    <message>
        <location line="+191"/>
        <source> (the knowledge base&apos;s “%1” says “%2”: the product&apos;s facts win; correct the one that is wrong)</source>
        <translation> (in de kennisbank staat bij “%1”: “%2”; de feiten van het product gaan voor: verbeter wat niet klopt)</translation>
    </message>
</context>
<context>
    <name>KnowledgeDocumentDialog</name>
    <message>
        <location filename="../ui/dialogs/KnowledgeDocumentDialog.cpp" line="+26"/>
        <location line="+78"/>
        <source>Fetch</source>
        <translation>Ophalen</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Edit “%1” (version %2)</source>
        <translation>“%1” bewerken (versie %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New knowledge document</source>
        <translation>Nieuw document voor de kennisbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https://your-shop.example/returns (optional: fetch a page&apos;s text)</source>
        <translation>https://jouw-winkel.example/retour (optioneel: haal de tekst van een pagina op)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paste the text, or write it. Markdown headings (## Refunds) name the passages under them.</source>
        <translation>Plak de tekst, of schrijf hem. Markdown-kopjes (## Terugbetaling) geven de passages eronder een naam.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Page address</source>
        <translation>Adres van de pagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 characters · %2</source>
        <translation>%1 tekens · %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fetching…</source>
        <translation>Ophalen…</translation>
    </message>
</context>
<context>
    <name>KnowledgeDocumentsModel</name>
    <message numerus="yes">
        <location filename="../models/KnowledgeModels.cpp" line="+68"/>
        <source>%n piece(s) cite an older version of this document: what they say may no longer match. Regenerate them, or check them again.</source>
        <translation>
            <numerusform>%n stuk citeert een oudere versie van dit document: wat erin staat, klopt misschien niet meer. Genereer het opnieuw, of laat het opnieuw controleren.</numerusform>
            <numerusform>%n stukken citeren een oudere versie van dit document: wat erin staat, klopt misschien niet meer. Genereer ze opnieuw, of laat ze opnieuw controleren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 · %2 stale</source>
        <translation>%1 · %2 verouderd</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <location line="+1"/>
        <source>%n piece(s)</source>
        <translation>
            <numerusform>%n stuk</numerusform>
            <numerusform>%n stukken</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cited by</source>
        <translation>Geciteerd door</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
</context>
<context>
    <name>KnowledgeEmbedJob</name>
    <message>
        <location filename="../services/knowledge/KnowledgeEmbedJob.cpp" line="+164"/>
        <source>Embedding the knowledge base&apos;s passages failed (%1 of them embedded in this run): %2</source>
        <translation>Het inbedden van de passages van de kennisbank is mislukt (%1 ervan ingebed in deze ronde): %2</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The provider “%1” chosen for meaning search no longer exists; choose another in Settings → Knowledge.</source>
        <translation>De provider “%1” die voor zoeken op betekenis is gekozen, bestaat niet meer; kies een andere in Instellingen → Kennisbank.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no embeddings that Quorum can use; choose an OpenAI-compatible or Ollama provider.</source>
        <translation>%1 heeft geen embeddings die Quorum kan gebruiken; kies een OpenAI-compatibele of Ollama-provider.</translation>
    </message>
</context>
<context>
    <name>KnowledgeImport</name>
    <message>
        <location filename="../services/knowledge/KnowledgeImport.cpp" line="+36"/>
        <source>%1 holds no text.</source>
        <translation>%1 bevat geen tekst.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+41"/>
        <source>%1 does not exist.</source>
        <translation>%1 bestaat niet.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>%1 is %2 MB; the knowledge base reads files up to %3 MB. Split it, or paste the text it holds.</source>
        <translation>%1 is %2 MB; de kennisbank leest bestanden tot %3 MB. Splits het, of plak de tekst die erin staat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a document the knowledge base reads: choose a Markdown, text or PDF file.</source>
        <translation>%1 is geen document dat de kennisbank leest: kies een Markdown-, tekst- of pdf-bestand.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is protected by a password. Save a copy without one and add that.</source>
        <translation>%1 is beveiligd met een wachtwoord. Bewaar een kopie zonder wachtwoord en voeg die toe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a PDF that can be read.</source>
        <translation>%1 is geen pdf die gelezen kan worden.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 has %n page(s) but no text: its pages are scanned images. Add a PDF saved from the program that made the text, or paste the text.</source>
        <translation>
            <numerusform>%1 heeft %n pagina maar geen tekst: de pagina is een gescande afbeelding. Voeg een pdf toe die is bewaard vanuit het programma waarin de tekst is gemaakt, of plak de tekst.</numerusform>
            <numerusform>%1 heeft %n pagina’s maar geen tekst: de pagina’s zijn gescande afbeeldingen. Voeg een pdf toe die is bewaard vanuit het programma waarin de tekst is gemaakt, of plak de tekst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <location filename="../ui/settings/KnowledgePage.cpp" line="-285"/>
        <source>New document…</source>
        <translation>Nieuw document…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add file…</source>
        <translation>Bestand toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+329"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="-321"/>
        <source>Use</source>
        <translation>Gebruiken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your shop&apos;s own words, for what a product&apos;s facts do not say: shipping and returns terms, care guides, size charts, your story. Each FAQ, care guide and description is given the passages that match it; a shipping or returns term it states must be one a passage gives, and the detail view cites the passage. Editing a document makes the pieces that cited it stale.</source>
        <translation>De eigen woorden van je winkel, voor wat de feiten van een product niet zeggen: verzend- en retourvoorwaarden, onderhoudsgidsen, maattabellen, je verhaal. Elke FAQ, onderhoudsgids en beschrijving krijgt de passages die erbij passen; een verzend- of retourvoorwaarde die erin staat, moet er een zijn die een passage geeft, en de detailweergave citeert de passage. Wie een document bewerkt, maakt de stukken die het citeerden verouderd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A Markdown, text or PDF file</source>
        <translation>Een Markdown-, tekst- of pdf-bestand</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search the knowledge base, as a writer would (e.g. “return within days”)</source>
        <translation>Doorzoek de kennisbank zoals een schrijver dat doet (bijv. “retour binnen dagen”)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The provider whose embedding model turns passages and searches into vectors</source>
        <translation>De provider waarvan het embeddingmodel passages en zoekopdrachten in vectoren omzet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The embedding model&apos;s name, e.g. text-embedding-3-small or nomic-embed-text</source>
        <translation>De naam van het embeddingmodel, bijv. text-embedding-3-small of nomic-embed-text</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Meaning search:</source>
        <translation>Zoeken op betekenis:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add a document to the knowledge base</source>
        <translation>Een document aan de kennisbank toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.md *.markdown *.txt *.pdf)</source>
        <translation>Documenten (*.md *.markdown *.txt *.pdf)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Ranked by words only (%1): the search&apos;s meaning could not be had: %2</source>
        <translation>Alleen op woorden gerangschikt (%1): de betekenis van de zoekopdracht kon niet worden opgehaald: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+10"/>
        <source>Type words to see which passages a writer would be given, best first.</source>
        <translation>Typ woorden om te zien welke passages een schrijver zou krijgen, de beste eerst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No passage matches “%1”.</source>
        <translation>Geen passage past bij “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best match first: ranked by words (%1) and by meaning (%2), the two rankings fused by reciprocal rank; the columns show each passage&apos;s place in both.</source>
        <translation>Beste treffer eerst: gerangschikt op woorden (%1) en op betekenis (%2), de twee ranglijsten samengevoegd op reciproque rang; de kolommen tonen de plaats van elke passage in beide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ranked by words (%1) while the search&apos;s meaning is asked for…</source>
        <translation>Op woorden gerangschikt (%1) terwijl de betekenis van de zoekopdracht wordt opgevraagd…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Best match first, ranked by %1: a higher score matches the words better.</source>
        <translation>Beste treffer eerst, gerangschikt met %1: een hogere score past beter bij de woorden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Off (by words only)</source>
        <translation>Uit (alleen op woorden)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Off: passages are ranked by their words (%1). Ranking them by meaning too needs an OpenAI-compatible or Ollama provider (Settings → Providers).</source>
        <translation>Uit: passages worden op hun woorden gerangschikt (%1). Ook op betekenis rangschikken vraagt een OpenAI-compatibele of Ollama-provider (Instellingen → Providers).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off: passages are ranked by their words (%1). Choose a provider and its embedding model to rank them by meaning too, so a search finds a passage that says the same in other words.</source>
        <translation>Uit: passages worden op hun woorden gerangschikt (%1). Kies een provider en zijn embeddingmodel om ze ook op betekenis te rangschikken, zodat een zoekopdracht een passage vindt die hetzelfde in andere woorden zegt.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>On: all %n passage(s) are embedded with %1; searches are ranked by words and by meaning.</source>
        <translation>
            <numerusform>Aan: de %n passage is ingebed met %1; zoekopdrachten worden op woorden en op betekenis gerangschikt.</numerusform>
            <numerusform>Aan: alle %n passages zijn ingebed met %1; zoekopdrachten worden op woorden en op betekenis gerangschikt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>On: %1 of %n passage(s) embedded with %2 so far; the rest are found by their words until then.</source>
        <translation>
            <numerusform>Aan: %1 van %n passage tot nu toe ingebed met %2; de rest wordt tot dan op woorden gevonden.</numerusform>
            <numerusform>Aan: %1 van %n passages tot nu toe ingebed met %2; de rest wordt tot dan op woorden gevonden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last try failed: %1</source>
        <translation>De laatste poging is mislukt: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Meaning search on with %1: the passages are being embedded in the background.</source>
        <translation>Zoeken op betekenis aan met %1: de passages worden op de achtergrond ingebed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaning search off: passages are ranked by their words.</source>
        <translation>Zoeken op betekenis uit: passages worden op hun woorden gerangschikt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No documents yet. Start with your shipping and returns terms: an FAQ then answers from them instead of telling customers to ask.</source>
        <translation>Nog geen documenten. Begin met je verzend- en retourvoorwaarden: een FAQ antwoordt dan daaruit, in plaats van klanten te laten vragen.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>“%1” added: %2.</source>
        <translation>“%1” toegevoegd: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” saved.</source>
        <translation>“%1” bewaard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” saved as version %2: %3.</source>
        <translation>“%1” bewaard als versie %2: %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n piece(s) that cited it are now stale</source>
        <translation>
            <numerusform>%n stuk dat het citeerde, is nu verouderd</numerusform>
            <numerusform>%n stukken die het citeerden, zijn nu verouderd</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no piece cited the older version</source>
        <translation>geen stuk citeerde de oudere versie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove a document</source>
        <translation>Een document verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1” and its %2 from the knowledge base? Writers are no longer given it; pieces that cited it keep their text, without the citation.</source>
        <translation>“%1” en de %2 ervan uit de kennisbank verwijderen? Schrijvers krijgen het dan niet meer; stukken die het citeerden, houden hun tekst, zonder de bronvermelding.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n versie</numerusform>
            <numerusform>%n versies</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” removed.</source>
        <translation>“%1” verwijderd.</translation>
    </message>
</context>
<context>
    <name>KnowledgeSearchModel</name>
    <message>
        <location filename="../models/KnowledgeModels.cpp" line="+68"/>
        <source>Rank</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words · meaning</source>
        <translation>Woorden · betekenis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
</context>
<context>
    <name>KpiModel</name>
    <message>
        <location filename="../models/KpiModel.cpp" line="+158"/>
        <source>Last %1 days: nothing recorded</source>
        <translation>Laatste %1 dagen: niets vastgelegd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last %1 days: highest %2 on %3</source>
        <translation>Laatste %1 dagen: hoogste %2 op %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Revenue today</source>
        <translation>Omzet vandaag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gross profit today</source>
        <translation>Brutowinst vandaag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending approvals</source>
        <translation>Wachtende goedkeuringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-executed (24 h)</source>
        <translation>Zelf uitgevoerd (24 u)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AI spend today</source>
        <translation>AI-kosten vandaag</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Today so far is compared with yesterday until %1.</source>
        <translation>Vandaag tot nu toe wordt vergeleken met gisteren tot %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cost known for %1 % of items</source>
        <translation>Kostprijs van %1 % bekend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing waiting</source>
        <translation>Niets wachtend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting for a decision</source>
        <translation>Wacht op een beslissing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same as yesterday</source>
        <translation>Gelijk aan gisteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yesterday: none</source>
        <translation>Gisteren: geen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1%2 % vs yesterday</source>
        <translation>%1%2 % t.o.v. gisteren</translation>
    </message>
</context>
<context>
    <name>LeadImport</name>
    <message>
        <location filename="../services/sites/LeadActions.cpp" line="-148"/>
        <source>Cannot open %1: %2</source>
        <translation>Kan %1 niet openen: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The import stopped: %1</source>
        <translation>De import is gestopt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Cancelled: %n lead(s) were written; importing the file again adds the rest.</source>
        <translation>
            <numerusform>Geannuleerd: %n lead is geschreven; het bestand opnieuw importeren voegt de rest toe.</numerusform>
            <numerusform>Geannuleerd: %n leads zijn geschreven; het bestand opnieuw importeren voegt de rest toe.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Wait for the import or scoring under way to finish.</source>
        <translation>Wacht tot de lopende import of scoring klaar is.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Scoring the leads again was interrupted; it goes on at the next start.</source>
        <translation>Het opnieuw scoren van de leads is onderbroken; het gaat verder bij de volgende start.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scoring the leads again stopped: %1</source>
        <translation>Het opnieuw scoren van de leads is gestopt: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A lead cannot be marked “%1”.</source>
        <translation>Een lead kan niet als “%1” gemarkeerd worden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That lead is no longer in the workspace.</source>
        <translation>Die lead staat niet meer in de werkruimte.</translation>
    </message>
    <message>
        <location filename="../services/sites/LeadImport.cpp" line="+274"/>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No column with the businesses&apos; names (a column called name or title). The columns are: %1.</source>
        <translation>Geen kolom met de namen van de bedrijven (een kolom name of title). De kolommen zijn: %1.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No name.</source>
        <translation>Geen naam.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The e-mail address “%1” is not an address.</source>
        <translation>Het e-mailadres “%1” is geen adres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The rating “%1” is not a number from 0 to 5.</source>
        <translation>De beoordeling “%1” is geen getal van 0 tot 5.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The number of reviews “%1” is not a whole number.</source>
        <translation>Het aantal reviews “%1” is geen heel getal.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The coordinates “%1, %2” are not a latitude and longitude.</source>
        <translation>De coördinaten “%1, %2” zijn geen breedte- en lengtegraad.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>The same business as line %1.</source>
        <translation>Hetzelfde bedrijf als regel %1.</translation>
    </message>
</context>
<context>
    <name>Leads</name>
    <message>
        <location filename="../services/sites/Leads.cpp" line="+254"/>
        <source>No website.</source>
        <translation>Geen website.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a page on %1, no website of its own.</source>
        <translation>Alleen een pagina op %1, geen eigen website.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its website is not secure (http, no https).</source>
        <translation>De website is niet beveiligd (http, geen https).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has its own website.</source>
        <translation>Heeft een eigen website.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rating or reviews in the export.</source>
        <translation>Geen beoordeling of reviews in de export.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 stars from %n review(s).</source>
        <translation>
            <numerusform>%1 sterren uit %n review.</numerusform>
            <numerusform>%1 sterren uit %n reviews.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n review(s), no rating.</source>
        <translation>
            <numerusform>%n review, geen beoordeling.</numerusform>
            <numerusform>%n reviews, geen beoordeling.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not scored: no categories set for your territory.</source>
        <translation>Niet gescoord: geen categorieën ingesteld voor je gebied.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No category in the export.</source>
        <translation>Geen categorie in de export.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is one of your categories (%2).</source>
        <translation>%1 is een van je categorieën (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not one of your categories.</source>
        <translation>%1 is geen van je categorieën.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not scored: no home location set for your territory.</source>
        <translation>Niet gescoord: geen thuislocatie ingesteld voor je gebied.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No coordinates in the export.</source>
        <translation>Geen coördinaten in de export.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 km from you, within your %2 km.</source>
        <translation>%1 km van je vandaan, binnen je %2 km.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 km from you, outside your %2 km.</source>
        <translation>%1 km van je vandaan, buiten je %2 km.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating and reviews</source>
        <translation>Beoordeling en reviews</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distance</source>
        <translation>Afstand</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contacted</source>
        <translation>Benaderd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not contact</source>
        <translation>Niet benaderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bounced</source>
        <translation>Onbestelbaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
</context>
<context>
    <name>LeadsImportDialog</name>
    <message>
        <location filename="../ui/dialogs/LeadsImportDialog.cpp" line="+8"/>
        <source>Import leads</source>
        <translation>Leads importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a CSV export of businesses from a maps search (columns such as name, category, address, website, phone, rating, reviews, opening hours, place id, latitude and longitude). Each is scored as it comes in. The same business twice (its place id, website or phone) is one lead; importing again brings it up to date and keeps what you marked.</source>
        <translation>Kies een CSV-export van bedrijven uit een zoekopdracht op een kaart (kolommen zoals naam, categorie, adres, website, telefoon, beoordeling, reviews, openingstijden, place id, breedte- en lengtegraad). Elk bedrijf krijgt bij binnenkomst een score. Hetzelfde bedrijf twee keer (zelfde place id, website of telefoon) is één lead; opnieuw importeren werkt het bij en houdt wat je markeerde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>businesses.csv</source>
        <translation>bedrijven.csv</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+13"/>
        <source>Leads are being imported or scored; wait for that to finish first.</source>
        <translation>Er worden leads geïmporteerd of gescoord; wacht eerst tot dat klaar is.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Choose a CSV export of businesses</source>
        <translation>Kies een CSV-export van bedrijven</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading and scoring %1 · %p%</source>
        <translation>%1 lezen en scoren · %p%</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n new lead(s)</source>
        <translation>
            <numerusform>%n nieuwe lead</numerusform>
            <numerusform>%n nieuwe leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already there, brought up to date</source>
        <translation>
            <numerusform>%n was er al, bijgewerkt</numerusform>
            <numerusform>%n waren er al, bijgewerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n duplicate(s) in the file</source>
        <translation>
            <numerusform>%n dubbele in het bestand</numerusform>
            <numerusform>%n dubbele in het bestand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) left out</source>
        <translation>
            <numerusform>%n rij weggelaten</numerusform>
            <numerusform>%n rijen weggelaten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported: %1.</source>
        <translation>Geïmporteerd: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written before it stopped: %1.</source>
        <translation>Geschreven voordat het stopte: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
</context>
<context>
    <name>LeadsModel</name>
    <message>
        <location filename="../models/LeadsModel.cpp" line="+85"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1: %2 of %3 — %4</source>
        <translation>%1: %2 van %3 — %4</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no address</source>
        <translation>geen adres</translation>
    </message>
</context>
<context>
    <name>LeadsTab</name>
    <message>
        <location filename="../ui/panes/LeadsTab.cpp" line="+37"/>
        <source>Do not contact</source>
        <translation>Niet benaderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concept site</source>
        <translation>Conceptsite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail…</source>
        <translation>E-mail…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search leads…</source>
        <translation>Leads zoeken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All leads</source>
        <translation>Alle leads</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <source>Import leads…</source>
        <translation>Leads importeren…</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>A CSV export of businesses from a maps search</source>
        <translation>Een CSV-export van bedrijven uit een zoekopdracht op een kaart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Territory…</source>
        <translation>Gebied…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kinds of business and the area the score favours</source>
        <translation>De soorten bedrijven en het gebied waar de score de voorkeur aan geeft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outreach e-mail…</source>
        <translation>Outreach-e-mail…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Marks the selected lead not to be contacted; importing it again keeps the mark</source>
        <translation>Markeert de geselecteerde lead als niet te benaderen; opnieuw importeren houdt de markering</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+128"/>
        <source>Select a lead to see why it scores what it does.</source>
        <translation>Selecteer een lead om te zien waarom hij zo scoort.</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>No leads yet</source>
        <translation>Nog geen leads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a CSV export of businesses from a maps search: each is scored for how much a site would help it, and why.</source>
        <translation>Importeer een CSV-export van bedrijven uit een zoekopdracht op een kaart: elk bedrijf krijgt een score voor hoeveel een site het zou helpen, en waarom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No lead matches</source>
        <translation>Geen lead gevonden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the search or show all leads.</source>
        <translation>Wis de zoekopdracht of toon alle leads.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Have the site factory write a concept site for the selected business, from its listing</source>
        <translation>Laat de sitefabriek een conceptsite schrijven voor het gekozen bedrijf, op basis van de vermelding</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The outreach e-mail to the selected business: write it, see it as it is sent, follow it</source>
        <translation>De outreach-e-mail aan het geselecteerde bedrijf: laten schrijven, zien zoals hij verstuurd wordt, volgen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Leads imported: %1 new, %2 brought up to date, %3 duplicates, %4 rows left out.</source>
        <translation>Leads geïmporteerd: %1 nieuw, %2 bijgewerkt, %3 dubbel, %4 rijen weggelaten.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln lead(s) scored again for your territory.</source>
        <translation>
            <numerusform>%Ln lead opnieuw gescoord voor je gebied.</numerusform>
            <numerusform>%Ln leads opnieuw gescoord voor je gebied.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Opening hours: %1</source>
        <translation>Openingstijden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score %1 of 100 (%2):</source>
        <translation>Score %1 van 100 (%2):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  %1: %2 of %3 — %4</source>
        <translation>  %1: %2 van %3 — %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing a concept site for %1: follow it in Sites → Gallery.</source>
        <translation>Er wordt een conceptsite geschreven voor %1: volg het in Sites → Galerij.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is marked not to be contacted.</source>
        <translation>%1 is gemarkeerd als niet te benaderen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 may be contacted again.</source>
        <translation>%1 mag weer benaderd worden.</translation>
    </message>
</context>
<context>
    <name>LineLoss</name>
    <message>
        <location filename="../services/shopagents/LineLoss.cpp" line="+216"/>
        <source>%1: its figures end on %2, more than two days ago (the ad sync has not run).</source>
        <translation>%1: de cijfers lopen tot %2, meer dan twee dagen geleden (de advertentiesynchronisatie heeft niet gedraaid).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: there is no rate from %2 to %3 (Settings → Currencies).</source>
        <translation>%1: er is geen koers van %2 naar %3 (Instellingen → Valuta).</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1: the cost is known for %2 of the %3 units sold (Catalog → the variants&apos; costs).</source>
        <translation>%1: de kostprijs is bekend voor %2 van de %3 verkochte stuks (Catalogus → de kostprijzen van de varianten).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1” (launched for one of its products)</source>
        <translation>“%1” (gestart voor een van de producten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” (the line&apos;s share of the %2 store orders it brought: %3 %)</source>
        <translation>“%1” (het aandeel van de lijn in de %2 winkelbestellingen die de campagne opleverde: %3 %)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 lost %2 from %3 to %4 after ads: %5 of gross profit on %6 of net sales (a margin of %7 %), and %8 of ad spend on %9. Counted generously (the larger of Meta&apos;s %10 of purchases and the store&apos;s own %11 from these campaigns), the ads brought %12 of gross profit for their spend.</source>
        <translation>%1 verloor %2 van %3 tot %4 na advertenties: %5 brutowinst op %6 netto-omzet (een marge van %7 %), en %8 advertentie-uitgaven aan %9. Ruim geteld (het hoogste van Meta’s %10 aan aankopen en de eigen telling van de winkel, %11, uit deze campagnes) brachten de advertenties %12 brutowinst op voor hun uitgaven.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Pause the ads of %1: the line loses money after its ad spend.</source>
        <translation>Pauzeer de advertenties van %1: de lijn maakt verlies na de advertentie-uitgaven.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store orders, %1 days</source>
        <translation>Winkelbestellingen, %1 dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta ad sets, %1 days</source>
        <translation>Meta-advertentiesets, %1 dagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product costs</source>
        <translation>Kostprijzen van producten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The line&apos;s sales that the ads brought stop with them</source>
        <translation>De verkopen van de lijn die de advertenties opleverden, stoppen mee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A store order counts for a campaign only when its visit carried the campaign&apos;s UTM parameters</source>
        <translation>Een winkelbestelling telt alleen voor een campagne als het bezoek de UTM-parameters van de campagne droeg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Halve the ad set&apos;s daily budget instead</source>
        <translation>Halveer in plaats daarvan het dagbudget van de advertentieset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps some of the line&apos;s ad sales</source>
        <translation>Houdt een deel van de advertentieverkopen van de lijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the same return it still loses money</source>
        <translation>Bij hetzelfde rendement maakt hij nog steeds verlies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it running</source>
        <translation>Laat hem doorlopen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About %1 a month of spend for %2 of gross profit</source>
        <translation>Ongeveer %1 per maand aan uitgaven voor %2 brutowinst</translation>
    </message>
</context>
<context>
    <name>Llm</name>
    <message>
        <location filename="../services/llm/LlmTypes.cpp" line="+38"/>
        <source>OpenAI-compatible (OpenAI, Ollama /v1, vLLM, LM Studio, llama.cpp)</source>
        <translation>OpenAI-compatibel (OpenAI, Ollama /v1, vLLM, LM Studio, llama.cpp)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anthropic Messages</source>
        <translation>Anthropic Messages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google Gemini</source>
        <translation>Google Gemini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ollama (native /api/chat)</source>
        <translation>Ollama (eigen /api/chat)</translation>
    </message>
</context>
<context>
    <name>LlmClient</name>
    <message>
        <location filename="../services/llm/LlmClient.cpp" line="+59"/>
        <source>No AI provider is configured for %1. Add one in Settings → Providers.</source>
        <translation>Er is geen AI-aanbieder ingesteld voor %1. Voeg er een toe via Instellingen → Aanbieders.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The provider %1 is not set up correctly (kind, address or model).</source>
        <translation>De aanbieder %1 is niet goed ingesteld (soort, adres of model).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>the model&apos;s answer is not JSON: %1</source>
        <translation>het antwoord van het model is geen JSON: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the model&apos;s answer does not match the schema: %1</source>
        <translation>het antwoord van het model past niet bij het schema: %1</translation>
    </message>
</context>
<context>
    <name>LlmProvider</name>
    <message>
        <location filename="../services/llm/OllamaProvider.cpp" line="+42"/>
        <location filename="../services/llm/SseStreamDecoder.h" line="+33"/>
        <source>the stream ended before the answer was complete</source>
        <translation>de stroom stopte voordat het antwoord compleet was</translation>
    </message>
    <message>
        <location filename="../services/llm/AnthropicProvider.cpp" line="+160"/>
        <source>the model declined to answer</source>
        <translation>het model weigerde te antwoorden</translation>
    </message>
    <message>
        <location filename="../services/llm/GeminiProvider.cpp" line="+152"/>
        <source>the answer has no candidates</source>
        <translation>het antwoord bevat geen kandidaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the prompt was blocked (%1)</source>
        <translation>de prompt werd tegengehouden (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the answer was withheld (%1)</source>
        <translation>het antwoord werd achtergehouden (%1)</translation>
    </message>
    <message>
        <location filename="../services/llm/LlmProvider.cpp" line="+62"/>
        <source>Check the API key in Settings → Providers.</source>
        <translation>Controleer de API-sleutel via Instellingen → Aanbieders.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key may not use this model or endpoint.</source>
        <translation>De sleutel mag dit model of dit adres niet gebruiken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account&apos;s quota or spend limit is used up; top it up or raise the limit. Quorum does not retry this.</source>
        <translation>Het tegoed of de uitgavenlimiet van het account is op; vul het aan of verhoog de limiet. Quorum probeert dit niet opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the model name and the base URL.</source>
        <translation>Controleer de modelnaam en het basisadres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quorum slows down and retries.</source>
        <translation>Quorum doet het rustiger aan en probeert het opnieuw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider is overloaded; Quorum retries later.</source>
        <translation>De aanbieder is overbelast; Quorum probeert het later opnieuw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 sent an answer Quorum could not read: %2</source>
        <translation>%1 stuurde een antwoord dat Quorum niet kon lezen: %2</translation>
    </message>
    <message>
        <location filename="../services/llm/OpenAiChatProvider.cpp" line="+151"/>
        <source>the answer has no choices</source>
        <translation>het antwoord bevat geen keuzes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the model refused: %1</source>
        <translation>het model weigerde: %1</translation>
    </message>
</context>
<context>
    <name>LockedText</name>
    <message>
        <location filename="../services/pipeline/LockedText.cpp" line="+47"/>
        <location line="+4"/>
        <source>A {{/locked}} has no {{#locked}} before it.</source>
        <translation>Voor een {{/locked}} staat geen {{#locked}}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A locked section is not closed with {{/locked}}.</source>
        <translation>Een vergrendeld deel is niet afgesloten met {{/locked}}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A locked section opens inside another; close the first with {{/locked}}.</source>
        <translation>Een vergrendeld deel begint binnen een ander; sluit het eerste af met {{/locked}}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The locked section %1 is empty.</source>
        <translation>Het vergrendelde deel %1 is leeg.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The locked section %1 holds a variable; a locked text is copied as written, so write it out.</source>
        <translation>Het vergrendelde deel %1 bevat een variabele; een vergrendelde tekst wordt letterlijk overgenomen, dus schrijf hem uit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The locked section %1 is %2 characters; a locked text holds at most %3.</source>
        <translation>Het vergrendelde deel %1 telt %2 tekens; een vergrendelde tekst mag er hoogstens %3 hebben.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The locked text %1 comes before the one the template puts ahead of it.</source>
        <translation>De vergrendelde tekst %1 staat vóór de tekst die het sjabloon ervoor zet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The locked text %1 is not in the piece word for word: “%2”. Copy it exactly as the template gives it.</source>
        <translation>De vergrendelde tekst %1 staat niet woord voor woord in het stuk: “%2”. Neem hem precies over zoals het sjabloon hem geeft.</translation>
    </message>
</context>
<context>
    <name>Mailer</name>
    <message>
        <location filename="../services/autopilot/Mailer.cpp" line="+113"/>
        <location line="+9"/>
        <source>The mail library could not start.</source>
        <translation>De mailbibliotheek kon niet starten.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The message has no recipient.</source>
        <translation>Het bericht heeft geen ontvanger.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server must be written as smtp://host:port or smtps://host:port.</source>
        <translation>Schrijf de mailserver als smtp://host:poort of smtps://host:poort.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The mail server refused the user name or password (%1).</source>
        <translation>De mailserver weigerde de gebruikersnaam of het wachtwoord (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server took the message but did not confirm it (%1). It may have been delivered.</source>
        <translation>De mailserver nam het bericht aan maar bevestigde het niet (%1). Het kan zijn afgeleverd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The mail server cannot be reached (%1).</source>
        <translation>De mailserver is niet bereikbaar (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server offers no encryption, so the password is not sent (%1).</source>
        <translation>De mailserver biedt geen versleuteling, dus het wachtwoord wordt niet verstuurd (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server&apos;s encryption failed (%1).</source>
        <translation>De versleuteling met de mailserver mislukte (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server did not take the message (%1; SMTP %2).</source>
        <translation>De mailserver nam het bericht niet aan (%1; SMTP %2).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+62"/>
        <source>%1 — Quorum (demo)</source>
        <translation>%1 — Quorum (demo)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 — Quorum</source>
        <translation>%1 — Quorum</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Now deciding as %1.</source>
        <translation>U beslist nu als %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Demo workspace.&lt;/b&gt; Sample shop data; a local sandbox stands in for your stores and AI providers, so nothing here reaches a real shop or costs money.</source>
        <translation>&lt;b&gt;Demowerkruimte.&lt;/b&gt; Voorbeeldgegevens van een winkel; een lokale sandbox speelt je winkels en AI-aanbieders na, dus niets hiervan bereikt een echte winkel of kost geld.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create your own workspace…</source>
        <translation>Eigen werkruimte maken…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nieuwe werkruimte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open workspace…</source>
        <translation>Werkruimte &amp;openen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join a &amp;team workspace…</source>
        <translation>Aansluiten bij &amp;teamwerkruimte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;demo workspace</source>
        <translation>&amp;Demowerkruimte openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show workspace &amp;folder</source>
        <translation>Werkruimte&amp;map tonen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import orders from Shopify export…</source>
        <translation>Bestellingen uit Shopify-export importeren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reports…</source>
        <translation>&amp;Rapporten…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S&amp;witch user…</source>
        <translation>Van &amp;gebruiker wisselen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pipeline</source>
        <translation>&amp;Pijplijn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Approvals</source>
        <translation>&amp;Goedkeuringen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;gents</source>
        <translation>&amp;Agents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Campaigns</source>
        <translation>&amp;Campagnes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Sites</source>
        <translation>&amp;Sites</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Se&amp;ttings</source>
        <translation>Ins&amp;tellingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All settings…</source>
        <translation>&amp;Alle instellingen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Command palette…</source>
        <translation>&amp;Opdrachtenpalet…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About Quorum</source>
        <translation>&amp;Over Quorum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Quorum</source>
        <translation>Over Quorum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Quorum %1&lt;/h3&gt;&lt;p&gt;A command center for running an online shop with AI agents under human control. Nothing ships unless a quorum agrees: two models, then, when the risk is high, a person.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quorum %1&lt;/h3&gt;&lt;p&gt;Een commandocentrum om een webwinkel te runnen met AI-agents onder menselijk toezicht. Niets gaat live zonder quorum: eerst twee modellen, en als het risico hoog is ook een mens.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>P&amp;ipeline</source>
        <translation>&amp;Pijplijn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add product…</source>
        <translation>Product &amp;toevoegen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import products from CSV…</source>
        <translation>Producten &amp;importeren uit CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Run or retry selected</source>
        <translation>Selectie &amp;starten of opnieuw proberen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run all &amp;drafts</source>
        <translation>Alle &amp;concepten starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pauzeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;esume</source>
        <translation>&amp;Hervatten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emergency &amp;stop</source>
        <translation>&amp;Noodstop</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not allowed</source>
        <translation>Niet toegestaan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Emergency stop: every worker halts at its next safe point. Nothing is lost.</source>
        <translation>Noodstop: elke worker stopt bij zijn volgende veilige punt. Er gaat niets verloren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused: work in progress stops at its next safe point and waits.</source>
        <translation>Gepauzeerd: lopend werk stopt bij het volgende veilige punt en wacht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resumed: the workers pick up where they stopped.</source>
        <translation>Hervat: de workers gaan verder waar ze stopten.</translation>
    </message>
    <message numerus="yes">
        <location line="+95"/>
        <source>%n decision(s) kept while the team server was away reached the team.</source>
        <translation>
            <numerusform>%n beslissing die bewaard werd toen de teamserver weg was, heeft het team bereikt.</numerusform>
            <numerusform>%n beslissingen die bewaard werden toen de teamserver weg was, hebben het team bereikt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decided by someone else meanwhile</source>
        <translation>Intussen door iemand anders beslist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept decisions not applied</source>
        <translation>Bewaarde beslissingen niet toegepast</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n decision(s) kept on this computer were not applied:</source>
        <translation>
            <numerusform>%n op deze computer bewaarde beslissing is niet doorgevoerd:</numerusform>
            <numerusform>%n op deze computer bewaarde beslissingen zijn niet doorgevoerd:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetaAdsClient</name>
    <message>
        <location filename="../services/commerce/MetaAdsClient.cpp" line="+52"/>
        <source>the answer could not be read: %1</source>
        <translation>het antwoord kon niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>MigrateRun</name>
    <message>
        <location filename="../app/MigrateRun.cpp" line="+35"/>
        <source>Copying %1: %2 of %3 rows   </source>
        <translation>%1 kopiëren: %2 van %3 rijen   </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied %1: %2 rows</source>
        <translation>%1 gekopieerd: %2 rijen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moving the workspace %1 to %2</source>
        <translation>De werkruimte %1 verhuist naar %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing changed in the workspace folder; run the command again once this is fixed.</source>
        <translation>Er is niets veranderd in de werkruimtemap; voer de opdracht opnieuw uit als dit is opgelost.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Copied %n table(s), %1 rows, in %2 s.</source>
        <translation>
            <numerusform>%n tabel gekopieerd, %1 rijen, in %2 s.</numerusform>
            <numerusform>%n tabellen gekopieerd, %1 rijen, in %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This workspace was copied before: checked again, nothing changed.</source>
        <translation>Deze werkruimte is al eerder gekopieerd: opnieuw gecontroleerd, niets veranderd.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Checked: every table holds as many rows on the server as here; the audit trail (%n entries) verifies and ends in the same entry.</source>
        <translation>
            <numerusform>Gecontroleerd: elke tabel heeft op de server evenveel rijen als hier; het auditspoor (%n regel) klopt en eindigt bij dezelfde regel.</numerusform>
            <numerusform>Gecontroleerd: elke tabel heeft op de server evenveel rijen als hier; het auditspoor (%n regels) klopt en eindigt bij dezelfde regel.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is now a team workspace on %2; its SQLite database is kept as %3.</source>
        <translation>%1 is nu een teamwerkruimte op %2; de SQLite-database is bewaard als %3.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../services/storage/Migrator.cpp" line="+120"/>
        <source>This workspace was written by a newer version of Quorum (schema %1; this version knows up to %2). Update Quorum to open it.</source>
        <translation>Deze werkruimte is geschreven door een nieuwere versie van Quorum (schema %1; deze versie kent tot en met %2). Werk Quorum bij om haar te openen.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Upgrading the workspace database failed: %1</source>
        <translation>Het bijwerken van de werkruimtedatabase is mislukt: %1</translation>
    </message>
</context>
<context>
    <name>ModelWiring</name>
    <message>
        <location filename="../app/ModelWiring.cpp" line="+284"/>
        <source>Reading %1 from %2: page %L3 of %L4</source>
        <translation>%1 van %2 lezen: pagina %L3 van %L4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading %1 from %2</source>
        <translation>%1 van %2 lezen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 from %2: %3</source>
        <translation>%1 van %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 from %2: %L3 read, up to date to %4</source>
        <translation>%1 van %2: %L3 gelezen, bijgewerkt tot %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the ad account %1</source>
        <translation>Advertentieaccount %1 lezen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ad account %1: %2</source>
        <translation>Advertentieaccount %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ad account %1: figures complete to %2 (%3, %4)</source>
        <translation>Advertentieaccount %1: cijfers compleet tot en met %2 (%3, %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync needs attention</source>
        <translation>Synchronisatie vraagt aandacht</translation>
    </message>
</context>
<context>
    <name>ModifyProposalDialog</name>
    <message>
        <location filename="../ui/dialogs/ModifyProposalDialog.cpp" line="+31"/>
        <source>Modify: %1</source>
        <translation>Wijzigen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change what runs. The changed proposal is judged again by the risk engine: if the rule lets it run, it runs at once; if not, it waits for someone other than you.</source>
        <translation>Wijzig wat er wordt uitgevoerd. Het gewijzigde voorstel wordt opnieuw beoordeeld door de risicomotor: als de regel het toelaat, wordt het meteen uitgevoerd; zo niet, dan wacht het op iemand anders dan jij.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not changeable here</source>
        <translation>Hier niet te wijzigen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Why you changed it (optional)</source>
        <translation>Waarom je het wijzigde (optioneel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Apply change</source>
        <translation>Wijziging toepassen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Fix the marked fields to see what the risk engine would say.</source>
        <translation>Verbeter de gemarkeerde velden om te zien wat de risicomotor zou zeggen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — it would come back to the queue for someone other than you. %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — het zou terugkomen in de wachtrij, voor iemand anders dan jij. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — it would run as soon as you apply the change. %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — het zou worden uitgevoerd zodra je de wijziging toepast. %2</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../ui/NavigationBar.cpp" line="+103"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation>Pijplijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approvals</source>
        <translation>Goedkeuringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1
Demo data</source>
        <translation>%1
Demogegevens</translation>
    </message>
</context>
<context>
    <name>NoticeStrip</name>
    <message numerus="yes">
        <location filename="../ui/widgets/NoticeStrip.cpp" line="-55"/>
        <source> — and %n more</source>
        <translation>
            <numerusform> — en nog %n</numerusform>
            <numerusform> — en nog %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../services/autopilot/Notifications.cpp" line="+95"/>
        <source>The notification is gone.</source>
        <translation>Het bericht bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The alert is gone.</source>
        <translation>De melding bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Seen first: %1. Raised: %2.</source>
        <translation>Voor het eerst gezien: %1. Gemeld: %2.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Quorum tells you once; it shows the alert until it is resolved.</source>
        <translation>Quorum laat het je één keer weten; de melding blijft zichtbaar tot ze is opgelost.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The report is gone.</source>
        <translation>Het rapport bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>No mail server is set: enter it in Settings → Autopilot (e-mail).</source>
        <translation>Er is geen mailserver ingesteld: vul die in bij Instellingen → Autopilot (e-mail).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The mail server&apos;s password is not in the keychain: %1</source>
        <translation>Het wachtwoord van de mailserver staat niet in de sleutelhanger: %1</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>The webhook did not take the message (%1).</source>
        <translation>De webhook nam het bericht niet aan (%1).</translation>
    </message>
</context>
<context>
    <name>OrdersCsv</name>
    <message>
        <location filename="../services/storesync/OrdersCsv.cpp" line="+41"/>
        <location line="+14"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>OrdersExport</name>
    <message>
        <location filename="../services/storesync/OrdersExport.cpp" line="+103"/>
        <location line="+16"/>
        <source>%1 is empty.</source>
        <translation>%1 is leeg.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 &quot;%2&quot; is not an amount.</source>
        <translation>%1 &quot;%2&quot; is geen bedrag.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 &quot;%2&quot; is not a date.</source>
        <translation>%1 &quot;%2&quot; is geen datum.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Currency &quot;%1&quot; is not a currency code.</source>
        <translation>Valuta &quot;%1&quot; is geen valutacode.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 &quot;%2&quot; is not a number.</source>
        <translation>%1 &quot;%2&quot; is geen getal.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This is a product export, not an orders export. In Shopify, export the orders from Orders › Export (CSV for Excel or plain CSV).</source>
        <translation>Dit is een productexport, geen orderexport. Exporteer in Shopify de bestellingen via Bestellingen › Exporteren (CSV voor Excel of gewone CSV).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a Shopify orders export: line %1 (the header) has no column %2.</source>
        <translation>Dit is geen Shopify-orderexport: regel %1 (de kopregel) heeft geen kolom %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The row has no order Name; it was not read.</source>
        <translation>De rij heeft geen ordernaam (Name); hij is niet gelezen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The file is cut off: a quoted field starts here and never ends, so the rows from this line on were not read. Export the orders again.</source>
        <translation>Het bestand is afgebroken: hier begint een veld tussen aanhalingstekens dat nooit eindigt, dus de rijen vanaf deze regel zijn niet gelezen. Exporteer de bestellingen opnieuw.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Its rows continue past the cut.</source>
        <translation>De rijen van deze bestelling lopen door na de afbreking.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No row of the order has its Financial Status, Currency and Total.</source>
        <translation>Geen rij van de bestelling heeft de Financial Status, Currency en Total.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another order in the file has the same Id (%1).</source>
        <translation>Een andere bestelling in het bestand heeft hetzelfde Id (%1).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot open %1: %2</source>
        <translation>Kan %1 niet openen: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is larger than 1 GB; export a shorter period.</source>
        <translation>%1 is groter dan 1 GB; exporteer een kortere periode.</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Stopped: %Ln order(s) were written; importing the file again adds the rest.</source>
        <translation>
            <numerusform>Gestopt: %Ln bestelling is geschreven; het bestand opnieuw importeren voegt de rest toe.</numerusform>
            <numerusform>Gestopt: %Ln bestellingen zijn geschreven; het bestand opnieuw importeren voegt de rest toe.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file holds no orders.</source>
        <translation>Het bestand bevat geen bestellingen.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Imported %Ln order(s)</source>
        <translation>
            <numerusform>%Ln bestelling geïmporteerd</numerusform>
            <numerusform>%Ln bestellingen geïmporteerd</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1: %2</source>
        <translation>regel %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on line %2: %3</source>
        <translation>%1 op regel %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 (%Ln skipped: %2).</source>
        <translation>
            <numerusform>%1 (%Ln overgeslagen: %2).</numerusform>
            <numerusform>%1 (%Ln overgeslagen: %2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../services/storesync/OrdersImportActions.cpp" line="+72"/>
        <source>Reading the file was stopped; nothing was imported.</source>
        <translation>Het lezen van het bestand is gestopt; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The import stopped: %1</source>
        <translation>De import is gestopt: %1</translation>
    </message>
</context>
<context>
    <name>OrdersImportDialog</name>
    <message>
        <location filename="../ui/dialogs/OrdersImportDialog.cpp" line="+8"/>
        <source>Import orders from Shopify</source>
        <translation>Bestellingen uit Shopify importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an orders export of your Shopify store (Orders › Export, CSV). Its orders count in the dashboard&apos;s revenue and profit. Importing the same file again changes nothing; a later export updates the orders it holds (refunds since, for example).</source>
        <translation>Kies een orderexport van je Shopify-winkel (Bestellingen › Exporteren, CSV). De bestellingen tellen mee in de omzet en winst op het dashboard. Hetzelfde bestand opnieuw importeren verandert niets; een latere export werkt de bestellingen erin bij (bijvoorbeeld terugbetalingen sindsdien).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>orders_export.csv</source>
        <translation>orders_export.csv</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+13"/>
        <source>An orders import is still running; wait for it to finish first.</source>
        <translation>Er loopt nog een import van bestellingen; wacht tot die klaar is.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Choose a Shopify orders export</source>
        <translation>Kies een Shopify-orderexport</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading %1 · %p%</source>
        <translation>%1 lezen · %p%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing orders: %1 of %2</source>
        <translation>Bestellingen schrijven: %1 van %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1, order %2: %3</source>
        <translation>Regel %1, bestelling %2: %3</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <location filename="../services/approvals/Outcomes.cpp" line="+138"/>
        <source>Revenue kept: %1 in the %2 days after it ran, %3 in the %2 days before%4; %5 units after, %6 before.</source>
        <translation>Omzet behouden: %1 in de %2 dagen erna, %3 in de %2 dagen ervoor%4; %5 stuks erna, %6 ervoor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revenue fell: %1 in the %2 days after it ran, %3 in the %2 days before%4; %5 units after, %6 before.</source>
        <translation>Omzet gedaald: %1 in de %2 dagen erna, %3 in de %2 dagen ervoor%4; %5 stuks erna, %6 ervoor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The ad account&apos;s return held: ROAS %1 in the %2 days after the pause, %3 in the %2 days before%4.</source>
        <translation>Het rendement van het advertentieaccount hield stand: ROAS %1 in de %2 dagen na de pauze, %3 in de %2 dagen ervoor%4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ad account&apos;s return fell: ROAS %1 in the %2 days after the pause, %3 in the %2 days before%4.</source>
        <translation>Het rendement van het advertentieaccount daalde: ROAS %1 in de %2 dagen na de pauze, %3 in de %2 dagen ervoor%4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ad set&apos;s return held: ROAS %1 in the %2 days after the change, %3 in the %2 days before%4.</source>
        <translation>Het rendement van de advertentieset hield stand: ROAS %1 in de %2 dagen na de wijziging, %3 in de %2 dagen ervoor%4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ad set&apos;s return fell: ROAS %1 in the %2 days after the change, %3 in the %2 days before%4.</source>
        <translation>Het rendement van de advertentieset daalde: ROAS %1 in de %2 dagen na de wijziging, %3 in de %2 dagen ervoor%4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two ad sets brought %1 of purchases in the %2 days after the shift, %3 in the %2 days before%4.</source>
        <translation>De twee advertentiesets brachten %1 aan aankopen op in de %2 dagen na de verschuiving, %3 in de %2 dagen ervoor%4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two ad sets brought less after the shift: %1 of purchases in the %2 days after, %3 in the %2 days before%4.</source>
        <translation>De twee advertentiesets brachten minder op na de verschuiving: %1 aan aankopen in de %2 dagen erna, %3 in de %2 dagen ervoor%4.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Afterwards: %1 of %n measured kept their revenue</source>
        <translation>
            <numerusform>Daarna: %1 van %n gemeten behield de omzet</numerusform>
            <numerusform>Daarna: %1 van %n gemeten behielden de omzet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Afterwards: the return held for %1 of %n measured</source>
        <translation>
            <numerusform>Daarna: het rendement hield stand bij %1 van %n gemeten</numerusform>
            <numerusform>Daarna: het rendement hield stand bij %1 van %n gemeten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Afterwards: purchases held for %1 of %n measured</source>
        <translation>
            <numerusform>Daarna: de aankopen hielden stand bij %1 van %n gemeten</numerusform>
            <numerusform>Daarna: de aankopen hielden stand bij %1 van %n gemeten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(median %1)</source>
        <translation>(mediaan %1)</translation>
    </message>
</context>
<context>
    <name>Outreach</name>
    <message>
        <location filename="../services/sites/Outreach.cpp" line="+176"/>
        <source>Sent %1</source>
        <translation>Verstuurd %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for approval</source>
        <translation>Wacht op goedkeuring</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written</source>
        <translation>Geschreven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs a person</source>
        <translation>Heeft een mens nodig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not be written</source>
        <translation>Kon niet worden geschreven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being written</source>
        <translation>Wordt geschreven</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The subject is longer than 90 characters.</source>
        <translation>Het onderwerp is langer dan 90 tekens.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The body has %1 characters; an e-mail a stranger reads has 150 to 1,500.</source>
        <translation>De tekst heeft %1 tekens; een e-mail die een onbekende leest heeft er 150 tot 1.500.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Links to “%1”: a first e-mail carries no links (the concept is attached).</source>
        <translation>Linkt naar “%1”: een eerste e-mail bevat geen links (het concept zit in de bijlage).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>States the number %1, which the business&apos;s listing does not give.</source>
        <translation>Noemt het getal %1, dat niet in de vermelding van het bedrijf staat.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>States a number of reviews (“%1”) but the listing gives none.</source>
        <translation>Noemt een aantal recensies (“%1”) maar de vermelding geeft er geen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>States %1; the listing shows %2 reviews.</source>
        <translation>Noemt %1; de vermelding toont %2 recensies.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Says the business has no website (“%1”), but its listing links to %2.</source>
        <translation>Zegt dat het bedrijf geen website heeft (“%1”), maar de vermelding linkt naar %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speaks of the business&apos;s website (“%1”), but its listing has none.</source>
        <translation>Spreekt over de website van het bedrijf (“%1”), maar de vermelding heeft er geen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Promises a result (“%1”) that no one can check.</source>
        <translation>Belooft een resultaat (“%1”) dat niemand kan controleren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Speaks of an attachment (“%1”), but no concept is ready to attach.</source>
        <translation>Spreekt over een bijlage (“%1”), maar er is geen concept klaar om mee te sturen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Asked not to be written to</source>
        <translation>Vroeg om geen e-mail meer</translation>
    </message>
    <message>
        <location line="-165"/>
        <location line="+167"/>
        <source>Bounced</source>
        <translation>Onbestelbaar</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Set the sender&apos;s name in Outreach settings.</source>
        <translation>Vul de naam van de afzender in bij de outreach-instellingen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the sender&apos;s e-mail address in Outreach settings: replies and unsubscribe requests go there.</source>
        <translation>Vul het e-mailadres van de afzender in bij de outreach-instellingen: antwoorden en afmeldingen komen daar binnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the sender&apos;s postal address in Outreach settings: every e-mail carries it.</source>
        <translation>Vul het postadres van de afzender in bij de outreach-instellingen: elke e-mail vermeldt het.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Approved, sending</source>
        <translation>Goedgekeurd, wordt verstuurd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Wordt verstuurd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>May have been sent</source>
        <translation>Misschien verstuurd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sent</source>
        <translation>Niet verstuurd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped: do not contact</source>
        <translation>Gestopt: niet benaderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Waiting to be sent</source>
        <translation>Wacht op verzending</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Do not contact</source>
        <translation>Niet benaderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by a person</source>
        <translation>Door een mens toegevoegd</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>That lead no longer exists.</source>
        <translation>Die lead bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is marked do not contact.</source>
        <translation>“%1” is gemarkeerd als niet benaderen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail to “%1” bounced; it is not written to again.</source>
        <translation>E-mail aan “%1” was onbestelbaar; er wordt niet opnieuw naartoe geschreven.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” has no e-mail address in its listing.</source>
        <translation>“%1” heeft geen e-mailadres in de vermelding.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” is geen e-mailadres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is on the suppression list (%2).</source>
        <translation>%1 staat op de blokkeerlijst (%2).</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+9"/>
        <source>“%1” was written to already.</source>
        <translation>“%1” is al gemaild.</translation>
    </message>
    <message>
        <location filename="../services/sites/OutreachJobs.cpp" line="+153"/>
        <source>Outreach e-mail</source>
        <translation>Outreach-e-mail</translation>
    </message>
</context>
<context>
    <name>OutreachActions</name>
    <message>
        <location filename="../services/sites/OutreachActions.cpp" line="+23"/>
        <source>The e-mail is being written.</source>
        <translation>De e-mail wordt geschreven.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The e-mail is approved and being sent.</source>
        <translation>De e-mail is goedgekeurd en wordt verstuurd.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The e-mail waits for approval: reject it in Approvals (with what to change) to write it again.</source>
        <translation>De e-mail wacht op goedkeuring: wijs hem af in Goedkeuringen (met wat er anders moet) om hem opnieuw te laten schrijven.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail is approved and about to be sent: undo the approval first to write it again.</source>
        <translation>De e-mail is goedgekeurd en wordt zo verstuurd: maak de goedkeuring eerst ongedaan om hem opnieuw te laten schrijven.</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+11"/>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” is geen e-mailadres.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is not on the suppression list.</source>
        <translation>%1 staat niet op de blokkeerlijst.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only an e-mail the mail server did not confirm waits for this answer.</source>
        <translation>Alleen een e-mail die de mailserver niet bevestigde wacht op dit antwoord.</translation>
    </message>
</context>
<context>
    <name>OutreachDialog</name>
    <message>
        <location filename="../ui/dialogs/OutreachDialog.cpp" line="+25"/>
        <source>It arrived: mark sent</source>
        <translation>Aangekomen: markeer als verstuurd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It did not arrive: send again</source>
        <translation>Niet aangekomen: opnieuw versturen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No e-mail is written for this lead yet.</source>
        <translation>Voor deze lead is nog geen e-mail geschreven.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instruction for the writer, e.g. “shorter; mention the opening hours”</source>
        <translation>Instructie voor de schrijver, bijv. “korter; noem de openingstijden”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only when you checked your sent mail and the lead&apos;s address: it may arrive twice.</source>
        <translation>Alleen als je je verzonden mail en het adres van de lead hebt gecontroleerd: hij kan twee keer aankomen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written from the lead&apos;s listing and checked by a second model. Approved in Approvals, it is sent once from your mail server, with your name, postal address and an unsubscribe line.</source>
        <translation>Geschreven op basis van de vermelding van de lead en gecontroleerd door een tweede model. Goedgekeurd in Goedkeuringen wordt hij één keer verstuurd via je mailserver, met je naam, postadres en een afmeldregel.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>E-mail to %1</source>
        <translation>E-mail aan %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To: %1</source>
        <translation>Aan: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no address in the listing</source>
        <translation>geen adres in de vermelding</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Concept attached: %1</source>
        <translation>Concept in de bijlage: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject: %1</source>
        <translation>Onderwerp: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last attempt did not pass the gate:</source>
        <translation>De laatste poging kwam niet door de poort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write again</source>
        <translation>Opnieuw schrijven</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write e-mail</source>
        <translation>E-mail schrijven</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The e-mail is being written; it comes to Approvals when it passes the gate.</source>
        <translation>De e-mail wordt geschreven; hij komt in Goedkeuringen als hij door de poort komt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sending the e-mail again.</source>
        <translation>De e-mail wordt opnieuw verstuurd.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marked as sent.</source>
        <translation>Gemarkeerd als verstuurd.</translation>
    </message>
</context>
<context>
    <name>OutreachJobs</name>
    <message>
        <location filename="../services/sites/OutreachJobs.cpp" line="-28"/>
        <source>The lead was deleted.</source>
        <translation>De lead is verwijderd.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Written and proposed for approval.</source>
        <translation>Geschreven en ter goedkeuring voorgelegd.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>E-mail “%1” about a concept site</source>
        <translation>E-mail aan “%1” over een conceptsite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A first e-mail to %1 (%2), written from its listing and checked by a second model. Approved, it is sent once from your mail server with your name, postal address and an unsubscribe line.</source>
        <translation>Een eerste e-mail aan %1 (%2), geschreven op basis van de vermelding en gecontroleerd door een tweede model. Goedgekeurd wordt hij één keer verstuurd via je mailserver, met je naam, postadres en een afmeldregel.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The lead was deleted; nothing was sent.</source>
        <translation>De lead is verwijderd; er is niets verstuurd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quorum stopped while the mail server had this e-mail; it may have been delivered. It is not sent again by itself: check the sent mail, then mark it sent or send it again.</source>
        <translation>Quorum stopte terwijl de mailserver deze e-mail had; hij kan zijn afgeleverd. Hij wordt niet vanzelf opnieuw verstuurd: controleer de verzonden mail en markeer hem als verstuurd of verstuur hem opnieuw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent already; not sent twice.</source>
        <translation>Al verstuurd; niet twee keer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The e-mail was written again or stopped after this approval; nothing was sent. A new text needs its own approval.</source>
        <translation>De e-mail is na deze goedkeuring opnieuw geschreven of gestopt; er is niets verstuurd. Een nieuwe tekst heeft een eigen goedkeuring nodig.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The lead&apos;s address changed after approval (it is %1 now); nothing was sent to %2. Write the e-mail again for the new address.</source>
        <translation>Het adres van de lead is na de goedkeuring veranderd (nu %1); er is niets naar %2 verstuurd. Laat de e-mail opnieuw schrijven voor het nieuwe adres.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The concept&apos;s screenshot the e-mail speaks of is gone; nothing was sent. Write the e-mail again.</source>
        <translation>De schermafbeelding van het concept waar de e-mail over spreekt is weg; er is niets verstuurd. Laat de e-mail opnieuw schrijven.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The e-mail changed while it was being prepared; nothing was sent.</source>
        <translation>De e-mail veranderde terwijl hij werd klaargemaakt; er is niets verstuurd.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>It is not sent again by itself: check the sent mail, then mark it sent or send it again.</source>
        <translation>Hij wordt niet vanzelf opnieuw verstuurd: controleer de verzonden mail en markeer hem als verstuurd of verstuur hem opnieuw.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Today&apos;s %n e-mail(s) are sent (the daily cap); this one goes tomorrow.</source>
        <translation>
            <numerusform>De %n e-mail van vandaag is verstuurd (het daglimiet); deze gaat morgen.</numerusform>
            <numerusform>De %n e-mails van vandaag zijn verstuurd (het daglimiet); deze gaat morgen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Sent.</source>
        <translation>Verstuurd.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The lead of this e-mail was deleted.</source>
        <translation>De lead van deze e-mail is verwijderd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The e-mail was written again after it was proposed; the new text needs its own approval.</source>
        <translation>De e-mail is opnieuw geschreven nadat hij werd voorgelegd; de nieuwe tekst heeft een eigen goedkeuring nodig.</translation>
    </message>
</context>
<context>
    <name>OutreachSettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/OutreachSettingsDialog.cpp" line="+29"/>
        <source>Take off the list</source>
        <translation>Van de lijst halen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outreach e-mail</source>
        <translation>Outreach-e-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No mail server is set: enter it in Settings → Autopilot before e-mails can be sent.</source>
        <translation>Er is geen mailserver ingesteld: vul die in bij Instellingen → Autopilot voordat e-mails verstuurd kunnen worden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mails go through the mail server of Settings → Autopilot (%1).</source>
        <translation>E-mails gaan via de mailserver van Instellingen → Autopilot (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every e-mail carries the sender&apos;s name, postal address and a line to unsubscribe; replies come to the sender&apos;s address.</source>
        <translation>Elke e-mail vermeldt de naam en het postadres van de afzender en een regel om je af te melden; antwoorden komen binnen op het adres van de afzender.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anna de Vries, Studio Noord</source>
        <translation>Anna de Vries, Studio Noord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anna@studionoord.nl</source>
        <translation>anna@studionoord.nl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Street 1
1234 AB City</source>
        <translation>Straat 1
1234 AB Plaats</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> a day</source>
        <translation> per dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An address that asked not to be written to</source>
        <translation>Een adres dat vroeg om geen e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sender&apos;s name</source>
        <translation>Naam afzender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender&apos;s address</source>
        <translation>Adres afzender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal address</source>
        <translation>Postadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most</source>
        <translation>Hoogstens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never write to (suppression list)</source>
        <translation>Nooit naar schrijven (blokkeerlijst)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Outreach settings saved.</source>
        <translation>Outreach-instellingen opgeslagen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved. %1</source>
        <translation>Opgeslagen. %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 may be written to again.</source>
        <translation>Naar %1 mag weer geschreven worden.</translation>
    </message>
</context>
<context>
    <name>PageShots</name>
    <message>
        <location filename="../services/sites/PageShots.cpp" line="+60"/>
        <source>No thumbnail: headless Chromium is not installed (Debian package chromium).</source>
        <translation>Geen miniatuur: headless Chromium is niet geïnstalleerd (Debian-pakket chromium).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No thumbnail: the page did not render within %1 s.</source>
        <translation>Geen miniatuur: de pagina is niet binnen %1 s weergegeven.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No thumbnail: Chromium could not render the page (%1).</source>
        <translation>Geen miniatuur: Chromium kon de pagina niet weergeven (%1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No thumbnail: Chromium did not start.</source>
        <translation>Geen miniatuur: Chromium startte niet.</translation>
    </message>
</context>
<context>
    <name>PieceGate</name>
    <message>
        <location filename="../services/pipeline/PieceGate.cpp" line="+252"/>
        <source>Stopped at a safe point.</source>
        <translation>Gestopt op een veilig punt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The piece no longer exists.</source>
        <translation>Het stuk bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The edited version no longer exists.</source>
        <translation>De bewerkte versie bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your edit does not pass the checks yet.</source>
        <translation>Je bewerking komt nog niet door de controles.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Writing %1 failed: %2</source>
        <translation>Het schrijven van %1 is mislukt: %2</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>No reviewer is configured for %1 that differs from the writer. Two different models must agree: set a reviewer in Settings → Providers, or allow one model to review its own work there.</source>
        <translation>Er is voor %1 geen beoordelaar ingesteld die verschilt van de schrijver. Twee verschillende modellen moeten het eens zijn: stel een beoordelaar in bij Instellingen → Aanbieders, of sta daar toe dat één model zijn eigen werk beoordeelt.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Reviewed by the model that wrote it (one-model setup). %1</source>
        <translation>Beoordeeld door het model dat het schreef (opzet met één model). %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Reviewing %1 failed: %2</source>
        <translation>Het beoordelen van %1 is mislukt: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 failed the agreement gate %2 times.</source>
        <translation>%1 kwam %2 keer niet door de overeenstemmingspoort.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 Last problem: %2</source>
        <translation>%1 Laatste probleem: %2</translation>
    </message>
</context>
<context>
    <name>PiecesModel</name>
    <message>
        <location filename="../models/ContentModels.cpp" line="+121"/>
        <source>Piece</source>
        <translation>Stuk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality</source>
        <translation>Kwaliteit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SEO</source>
        <translation>SEO</translation>
    </message>
</context>
<context>
    <name>PipelineActions</name>
    <message>
        <location filename="../services/pipeline/PipelineActions.cpp" line="+53"/>
        <location filename="../services/users/Users.cpp" line="+165"/>
        <source>%1 is a viewer: viewers see everything and change nothing.</source>
        <translation>%1 is kijker: kijkers zien alles en wijzigen niets.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot create the folder %1.</source>
        <translation>Kan de map %1 niet maken.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot copy the image %1 into the workspace.</source>
        <translation>Kan de afbeelding %1 niet naar de werkruimte kopiëren.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+223"/>
        <source>A product with SKU “%1” already exists.</source>
        <translation>Er bestaat al een product met SKU „%1”.</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Material</source>
        <translation>Materiaal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sizes</source>
        <translation>Maten</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+173"/>
        <source>The product no longer exists.</source>
        <translation>Het product bestaat niet meer.</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Nothing changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The product is being worked on; wait for it to finish, then correct its facts.</source>
        <translation>Er wordt aan het product gewerkt; wacht tot dat klaar is en verbeter dan de feiten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Facts changed: %1</source>
        <translation>Feiten gewijzigd: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Facts saved.</source>
        <translation>Feiten opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 changed; %n piece(s) will be checked again.</source>
        <translation>
            <numerusform>%1 gewijzigd; %n stuk wordt opnieuw gecontroleerd.</numerusform>
            <numerusform>%1 gewijzigd; %n stukken worden opnieuw gecontroleerd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 changed; the content is not checked again while the product is %2.</source>
        <translation>%1 gewijzigd; de content wordt niet opnieuw gecontroleerd zolang het product %2 is.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 changed.</source>
        <translation>%1 gewijzigd.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Nothing to archive.</source>
        <translation>Niets om te archiveren.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Being worked on right now; archive when the work has finished.</source>
        <translation>Er wordt nu aan gewerkt; archiveer als het werk klaar is.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Nothing to restore.</source>
        <translation>Niets om terug te zetten.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Only an owner can lift an emergency stop.</source>
        <translation>Alleen een eigenaar kan een noodstop opheffen.</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <location filename="../ui/settings/PipelinePage.cpp" line="+29"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Worker threads. Each has its own database connection and network manager.</source>
        <translation>Workerthreads. Elk heeft een eigen databaseverbinding en netwerkbeheerder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products one worker writes at once; their calls run side by side.</source>
        <translation>Producten die één worker tegelijk schrijft; hun aanroepen lopen naast elkaar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No budget</source>
        <translation>Geen budget</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worker threads</source>
        <translation>Workerthreads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products per worker</source>
        <translation>Producten per worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement gate</source>
        <translation>Overeenstemmingspoort</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 at least</source>
        <translation>%1 minstens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts before a person decides</source>
        <translation>Pogingen voordat een mens beslist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI budget and prices</source>
        <translation>AI-budget en prijzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily budget</source>
        <translation>Dagbudget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked before every call: a call that could exceed it is not sent. Prices are dollars per million tokens.</source>
        <translation>Gecontroleerd vóór elke aanroep: een aanroep die het zou kunnen overschrijden, wordt niet verstuurd. Prijzen zijn in dollars per miljoen tokens.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Input $/M</source>
        <translation>Invoer $/M</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output $/M</source>
        <translation>Uitvoer $/M</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The price of %1 is not a number; nothing was saved.</source>
        <translation>De prijs van %1 is geen getal; er is niets opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Pipeline settings saved; the pool now runs %n worker(s).</source>
        <translation>
            <numerusform>Pijplijninstellingen opgeslagen; de pool draait nu %n worker.</numerusform>
            <numerusform>Pijplijninstellingen opgeslagen; de pool draait nu %n workers.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline settings saved.</source>
        <translation>Pijplijninstellingen opgeslagen.</translation>
    </message>
</context>
<context>
    <name>PipelinePane</name>
    <message>
        <location filename="../ui/panes/PipelinePane.cpp" line="+64"/>
        <source>Pipeline</source>
        <translation>Pijplijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every product from facts to live listing: its stage, how often it was generated, what the reviewer scored and what the AI cost so far.</source>
        <translation>Elk product van feiten tot live productpagina: de fase, hoe vaak het is gegenereerd, welke score de beoordelaar gaf en wat de AI tot nu toe kostte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search name, SKU or category…</source>
        <translation>Zoek op naam, SKU of categorie…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All stages</source>
        <translation>Alle fasen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List only the archived products, to put them back</source>
        <translation>Alleen de gearchiveerde producten tonen, om ze terug te zetten</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Importing %1 of %2</source>
        <translation>%1 van %2 importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queuing %1 of %2</source>
        <translation>%1 van %2 in de wachtrij zetten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Queuing the new products for the pipeline…</source>
        <translation>De nieuwe producten in de wachtrij van de pipeline zetten…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The pipeline is writing %n new listing(s).</source>
        <translation>
            <numerusform>De pipeline schrijft %n nieuwe productpagina.</numerusform>
            <numerusform>De pipeline schrijft %n nieuwe productpagina&apos;s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add product</source>
        <translation>Product toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add one product by hand (Ctrl+N)</source>
        <translation>Eén product met de hand toevoegen (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import CSV…</source>
        <translation>CSV importeren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import your Shopify or WooCommerce product export (Ctrl+I)</source>
        <translation>Importeer je productexport van Shopify of WooCommerce (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Have the pipeline write the listings of every product in Draft (Ctrl+Shift+R)</source>
        <translation>Laat de pijplijn de productpagina’s schrijven van elk product in Concept (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No products yet</source>
        <translation>Nog geen producten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a product by hand or import the CSV export of your Shopify or WooCommerce store. Quorum writes the listing, has a second model check it, and asks you when it matters.</source>
        <translation>Voeg zelf een product toe of importeer de CSV-export van je Shopify- of WooCommerce-winkel. Quorum schrijft de productpagina, laat een tweede model die controleren en vraagt het jou wanneer het ertoe doet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No product matches</source>
        <translation>Geen product gevonden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the search or pick another stage or category.</source>
        <translation>Wis de zoekopdracht of kies een andere fase of categorie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a product</source>
        <translation>Product toevoegen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Restore from archive</source>
        <translation>Terugzetten uit archief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run or retry selected</source>
        <translation>Selectie starten of opnieuw proberen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+221"/>
        <source>Run all drafts</source>
        <translation>Alle concepten starten</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the archived products back (Ctrl+Z)</source>
        <translation>De gearchiveerde producten terugzetten (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>All categories</source>
        <translation>Alle categorieën</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n producten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+109"/>
        <source>Run %n draft(s)</source>
        <translation>
            <numerusform>%n concept starten</numerusform>
            <numerusform>%n concepten starten</numerusform>
        </translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Product added; the pipeline is writing its listing.</source>
        <translation>Product toegevoegd; de pijplijn schrijft de productpagina.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product added as a draft. Run it when you are ready.</source>
        <translation>Product als concept toegevoegd. Start het wanneer je klaar bent.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An import is still running; wait for it to finish (or cancel it) first.</source>
        <translation>Er loopt nog een import; wacht tot die klaar is (of annuleer hem) eerst.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>There are no drafts to run.</source>
        <translation>Er zijn geen concepten om te starten.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>From the %n product(s) written so far, that is about %1 (%2 each).</source>
        <translation>
            <numerusform>Op basis van %n product dat tot nu toe is geschreven, is dat ongeveer %1 (%2 per stuk).</numerusform>
            <numerusform>Op basis van de %n producten die tot nu toe zijn geschreven, is dat ongeveer %1 (%2 per stuk).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No product has been written here yet, so there is no cost figure to go on.</source>
        <translation>Hier is nog geen product geschreven, dus er is nog geen kostencijfer om op af te gaan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The daily AI budget of %1 stops it before it spends more.</source>
        <translation>Het dagelijkse AI-budget van %1 stopt het voordat het meer uitgeeft.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Have the AI write %n draft product(s)?</source>
        <translation>
            <numerusform>De AI %n conceptproduct laten schrijven?</numerusform>
            <numerusform>De AI %n conceptproducten laten schrijven?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress shows in the Pipeline&apos;s Step column and in the status bar; pause at any time.</source>
        <translation>De voortgang zie je in de kolom Stap van de pijplijn en in de statusbalk; je kunt altijd pauzeren.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select the products to archive first.</source>
        <translation>Selecteer eerst de producten om te archiveren.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Archived %n product(s).</source>
        <translation>
            <numerusform>%n product gearchiveerd.</numerusform>
            <numerusform>%n producten gearchiveerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped: being worked on.</source>
        <translation>
            <numerusform>%n overgeslagen: er wordt aan gewerkt.</numerusform>
            <numerusform>%n overgeslagen: er wordt aan gewerkt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+Z undoes it.</source>
        <translation>Ctrl+Z maakt het ongedaan.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <location line="+14"/>
        <source>Restored %n product(s).</source>
        <translation>
            <numerusform>%n product teruggezet.</numerusform>
            <numerusform>%n producten teruggezet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Select the products to restore first.</source>
        <translation>Selecteer eerst de producten om terug te zetten.</translation>
    </message>
    <message>
        <location line="-394"/>
        <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Geïmporteerd: %1 nieuw, %2 bijgewerkt, %3 ongewijzigd.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Show archived</source>
        <translation>Archief tonen</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>The batch is done: %n product(s) written.</source>
        <translation>
            <numerusform>De reeks is klaar: %n product geschreven.</numerusform>
            <numerusform>De reeks is klaar: %n producten geschreven.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n could not be written; the Failed stage says why.</source>
        <translation>
            <numerusform>%n kon niet worden geschreven; de fase Mislukt zegt waarom.</numerusform>
            <numerusform>%n konden niet worden geschreven; de fase Mislukt zegt waarom.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+307"/>
        <source>%n product(s) queued.</source>
        <translation>
            <numerusform>%n product in de wachtrij gezet.</numerusform>
            <numerusform>%n producten in de wachtrij gezet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n product(s) queued; %1 skipped (%2).</source>
        <translation>
            <numerusform>%n product in de wachtrij gezet; %1 overgeslagen (%2).</numerusform>
            <numerusform>%n producten in de wachtrij gezet; %1 overgeslagen (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select the products to run first.</source>
        <translation>Selecteer eerst de producten die je wilt starten.</translation>
    </message>
</context>
<context>
    <name>PipelineSettings</name>
    <message>
        <location filename="../services/pipeline/PipelineSettings.cpp" line="+139"/>
        <source>Only a writer&apos;s prompt for one kind of piece can be tried on a share of runs: the shared ones serve every kind.</source>
        <translation>Alleen de prompt van een schrijver voor één soort stuk kan op een deel van de runs worden uitgeprobeerd: de gedeelde prompts dienen elke soort.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>That trial has ended already.</source>
        <translation>Die proef is al afgelopen.</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <location filename="../services/approvals/ApprovalTypes.cpp" line="+29"/>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google Ads</source>
        <translation>Google Ads</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
</context>
<context>
    <name>PnlCard</name>
    <message>
        <location filename="../ui/panes/PnlCard.cpp" line="+56"/>
        <source>No sales in this period</source>
        <translation>Geen verkopen in deze periode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales and gross profit appear here once orders are in the workspace.</source>
        <translation>Verkopen en brutowinst verschijnen hier zodra er bestellingen in de werkruimte zijn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sales and profit</source>
        <translation>Verkoop en winst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yesterday</source>
        <translation>Gisteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Afgelopen 7 dagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Afgelopen 30 dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Afgelopen 90 dagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 12 months</source>
        <translation>Afgelopen 12 maanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 2 years</source>
        <translation>Afgelopen 2 jaar</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Pick a product to see its sales and profit in the chart; Esc shows the whole shop</source>
        <translation>Kies een product om zijn verkoop en winst in de grafiek te zien; Esc toont de hele winkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No products sold in this period</source>
        <translation>Geen producten verkocht in deze periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products sold appear here with their units, net sales, refunds, cost and gross profit, from the orders synced from your stores or imported from an orders export.</source>
        <translation>Verkochte producten verschijnen hier met aantallen, netto-omzet, terugbetalingen, kosten en brutowinst, uit de bestellingen die uit je winkels zijn gesynchroniseerd of uit een orderexport zijn geïmporteerd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the whole shop</source>
        <translation>Hele winkel tonen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Whole shop: revenue and gross profit</source>
        <translation>Hele winkel: omzet en brutowinst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: net sales and gross profit</source>
        <translation>%1: netto-omzet en brutowinst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The figures could not be read: %1</source>
        <translation>De cijfers konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The last 13 weeks whatever the period: money in from paid orders, out for refunds, the goods at cost, ads and AI. Quorum sees no supplier invoices or payouts, so this is trading cash, not the bank balance.</source>
        <translation>De laatste 13 weken, welke periode ook gekozen is: geld binnen uit betaalde bestellingen, uit voor terugbetalingen, de goederen tegen kostprijs, advertenties en AI. Quorum ziet geen leveranciersfacturen of uitbetalingen, dus dit is handelsgeld, niet het banksaldo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per product</source>
        <translation>Per product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash by week</source>
        <translation>Geld per week</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading the orders…</source>
        <translation>Bestellingen lezen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cost is known for %1 % of the items sold; gross profit counts the others as free. Import the products with their costs (Shopify&apos;s “Cost per item”) or enter a product&apos;s cost.</source>
        <translation>De kostprijs is bekend voor %1 % van de verkochte artikelen; de brutowinst telt de andere als gratis. Importeer de producten met hun kostprijs (Shopify’s “Cost per item”) of vul de kostprijs van een product in.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Orders and ad spend in %1 are left out: there is no rate to convert them to the reporting currency.</source>
        <translation>Bestellingen en advertentie-uitgaven in %1 tellen niet mee: er is geen koers om ze om te rekenen naar de rapportagevaluta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Enter rates…</source>
        <translation>Koersen invoeren…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>AI spend is priced in US dollars and there is no rate for USD, so it is not counted.</source>
        <translation>AI-uitgaven zijn geprijsd in Amerikaanse dollars en er is geen koers voor USD, dus ze tellen niet mee.</translation>
    </message>
</context>
<context>
    <name>PnlSeriesModel</name>
    <message>
        <location filename="../models/SalesReportModels.cpp" line="+431"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue</source>
        <translation>Omzet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net sales</source>
        <translation>Netto-omzet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gross profit</source>
        <translation>Brutowinst</translation>
    </message>
</context>
<context>
    <name>PostMerge</name>
    <message>
        <location filename="../services/publishing/PostMerge.cpp" line="+176"/>
        <source>the title</source>
        <translation>de titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text</source>
        <translation>de tekst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the excerpt</source>
        <translation>de samenvatting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the status (private)</source>
        <translation>de status (privé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the status (scheduled)</source>
        <translation>de status (gepland)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the status (pending review)</source>
        <translation>de status (wacht op beoordeling)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the status (draft)</source>
        <translation>de status (concept)</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <location filename="../services/shopagents/Pricing.cpp" line="+72"/>
        <source>as computed</source>
        <translation>zoals berekend</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The margin floor must be from 0 to 90 %.</source>
        <translation>De margevloer moet van 0 tot 90 % zijn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The largest step must be from 1 to 50 %.</source>
        <translation>De grootste stap moet van 1 tot 50 % zijn.</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n week(s) with sales; the response needs 8.</source>
        <translation>
            <numerusform>%n week met verkoop; de reactie vraagt er 8.</numerusform>
            <numerusform>%n weken met verkoop; de reactie vraagt er 8.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the price paid varied by %1 % (standard deviation); at least 2 % is needed to see how sales respond to it.</source>
        <translation>de betaalde prijs varieerde %1 % (standaardafwijking); er is minstens 2 % nodig om te zien hoe de verkoop erop reageert.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the price paid moved in step with time, so its effect cannot be told apart.</source>
        <translation>de betaalde prijs bewoog gelijk op met de tijd, dus het effect ervan is niet te onderscheiden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the weeks fit a line exactly, so the error of the response cannot be measured.</source>
        <translation>de weken liggen precies op een lijn, dus de fout van de reactie is niet te meten.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The price list has no column %1. It needs the columns sku, competitor and price (currency and date are optional); its columns are: %2.</source>
        <translation>De prijslijst heeft geen kolom %1. Hij heeft de kolommen sku, competitor en price nodig (currency en date zijn optioneel); zijn kolommen zijn: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line %1: no SKU or no competitor.</source>
        <translation>Regel %1: geen SKU of geen concurrent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1: “%2” is not a price.</source>
        <translation>Regel %1: ‘%2’ is geen prijs.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1: “%2” is not a currency code.</source>
        <translation>Regel %1: ‘%2’ is geen valutacode.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Line %1: “%2” is not a date (2026-11-30).</source>
        <translation>Regel %1: ‘%2’ is geen datum (2026-11-30).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The price list has no rows.</source>
        <translation>De prijslijst heeft geen regels.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No row of the price list could be read.</source>
        <translation>Geen enkele regel van de prijslijst kon worden gelezen.</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n competitor price(s)</source>
        <translation>
            <numerusform>%n concurrentprijs</numerusform>
            <numerusform>%n concurrentprijzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>from %n competitor(s) imported.</source>
        <translation>
            <numerusform>van %n concurrent geïmporteerd.</numerusform>
            <numerusform>van %n concurrenten geïmporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n SKU(s) are not in the catalog; their prices are kept for when they are.</source>
        <translation>
            <numerusform>%n SKU staat niet in de catalogus; de prijs wordt bewaard voor als hij er wel in komt.</numerusform>
            <numerusform>%n SKU&apos;s staan niet in de catalogus; hun prijzen worden bewaard voor als ze er wel in komen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PricingAgent</name>
    <message>
        <location filename="../services/shopagents/PricingAgent.cpp" line="+250"/>
        <source>How sales respond to the price could not be measured: %1 The effect assumes the same units sold, which overstates a raise and understates a cut.</source>
        <translation>Hoe de verkoop op de prijs reageert, kon niet worden gemeten: %1 Het effect gaat uit van evenveel verkochte stuks; dat overschat een verhoging en onderschat een verlaging.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sales respond to the price paid with an elasticity of %1 ± %2 (95 %: %3 to %4), from %5 weeks of sales in which the price paid varied by %6.</source>
        <translation>De verkoop reageert op de betaalde prijs met een elasticiteit van %1 ± %2 (95 %: %3 tot %4), uit %5 weken verkoop waarin de betaalde prijs %6 varieerde.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At %1 the margin over the cost of %2 is %3, below the floor of %4.</source>
        <translation>Bij %1 is de marge op de kostprijs van %2 %3, onder de vloer van %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sales respond strongly to the price: the price that earns most over the cost of %1 is about %2 (cost × e / (1 + e)). This moves towards it by at most %3.</source>
        <translation>De verkoop reageert sterk op de prijs: de prijs die boven de kostprijs van %1 het meest oplevert, is ongeveer %2 (kostprijs × e / (1 + e)). Dit voorstel gaat die kant op met hoogstens %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sales hardly respond to the price: a higher price earns more on almost the same units. This raises it by at most %1.</source>
        <translation>De verkoop reageert nauwelijks op de prijs: een hogere prijs levert meer op bij bijna evenveel stuks. Dit voorstel verhoogt hem met hoogstens %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 sells it for %2 (seen %3), and units sold fell: %5 in the last %6 days against %4 in the %6 before.</source>
        <translation>%1 verkoopt het voor %2 (gezien %3), en de verkochte stuks daalden: %5 in de laatste %6 dagen tegen %4 in de %6 daarvoor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The cheapest competitor, %1, asks %2 (seen %3), and units sold did not fall: %4 in the last %6 days against %5 in the %6 before.</source>
        <translation>De goedkoopste concurrent, %1, vraagt %2 (gezien %3), en de verkochte stuks daalden niet: %4 in de laatste %6 dagen tegen %5 in de %6 daarvoor.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The margin goes from %1 to %2.</source>
        <translation>De marge gaat van %1 naar %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Over 30 days at the pace of the last %1 days: %2 units at %3 now, %4 units at %5 after; revenue %6 → %7, gross profit %8%9.</source>
        <translation>Over 30 dagen in het tempo van de laatste %1 dagen: nu %2 stuks à %3, daarna %4 stuks à %5; omzet %6 → %7, brutowinst %8%9.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prices end as the pricing rules say (%1); the floor is %2 over cost.</source>
        <translation>Prijzen eindigen zoals de prijsregels zeggen (%1); de vloer is %2 boven de kostprijs.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>units and prices paid per week, %n week(s), every store</source>
        <translation>
            <numerusform>verkochte stuks en betaalde prijzen per week, %n week, alle winkels</numerusform>
            <numerusform>verkochte stuks en betaalde prijzen per week, %n weken, alle winkels</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the catalog&apos;s price and cost of the variant</source>
        <translation>de prijs en kostprijs van de variant in de catalogus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the competitor price list (Settings → Pricing)</source>
        <translation>de prijslijst van concurrenten (Instellingen → Prijzen)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Half the step: %1</source>
        <translation>De helft van de stap: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a smaller risk if the estimate is off</source>
        <translation>minder risico als de schatting niet klopt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>half the effect</source>
        <translation>de helft van het effect</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep %1</source>
        <translation>%1 houden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing changes for customers</source>
        <translation>voor klanten verandert er niets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>each sale keeps earning less than the floor</source>
        <translation>elke verkoop blijft minder opleveren dan de vloer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the expected gain is not made</source>
        <translation>de verwachte winst blijft uit</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Today&apos;s price, %2, is written in %n place(s) of its content (%1), which the new price makes wrong. Approving has them checked again: written pieces at once; words already in a store by the SEO agent, once the new price is published.</source>
        <translation>
            <numerusform>De huidige prijs, %2, staat op %n plek in de content (%1); de nieuwe prijs maakt dat onjuist. Goedkeuren laat ze opnieuw controleren: geschreven stukken meteen, woorden die al in een winkel staan door de SEO-agent zodra de nieuwe prijs gepubliceerd is.</numerusform>
            <numerusform>De huidige prijs, %2, staat op %n plekken in de content (%1); de nieuwe prijs maakt dat onjuist. Goedkeuren laat ze opnieuw controleren: geschreven stukken meteen, woorden die al in een winkel staan door de SEO-agent zodra de nieuwe prijs gepubliceerd is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Needs the cost of the products to price above a margin: %n variant(s) have a price but no cost. Add the cost in the catalog import or on the product.</source>
        <translation>
            <numerusform>Heeft de kostprijs van de producten nodig om boven een marge te prijzen: %n variant heeft een prijs maar geen kostprijs. Voeg de kostprijs toe in de catalogusimport of bij het product.</numerusform>
            <numerusform>Heeft de kostprijs van de producten nodig om boven een marge te prijzen: %n varianten hebben een prijs maar geen kostprijs. Voeg de kostprijs toe in de catalogusimport of bij het product.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs products with a price and a cost: import the catalog (Pipeline → Import CSV…) or add a product.</source>
        <translation>Heeft producten met een prijs en een kostprijs nodig: importeer de catalogus (Pijplijn → CSV importeren…) of voeg een product toe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync the stores, then it prices.</source>
        <translation>Synchroniseer de winkels; daarna prijst hij.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Checked %n variant(s)</source>
        <translation>
            <numerusform>%n variant bekeken</numerusform>
            <numerusform>%n varianten bekeken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n with competitor prices</source>
        <translation>
            <numerusform>%n met prijzen van concurrenten</numerusform>
            <numerusform>%n met prijzen van concurrenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n without a cost left out</source>
        <translation>
            <numerusform>%n zonder kostprijs overgeslagen</numerusform>
            <numerusform>%n zonder kostprijs overgeslagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n on sale left alone</source>
        <translation>
            <numerusform>%n in de uitverkoop met rust gelaten</numerusform>
            <numerusform>%n in de uitverkoop met rust gelaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>proposed %n price change(s).</source>
        <translation>
            <numerusform>%n prijswijziging voorgesteld.</numerusform>
            <numerusform>%n prijswijzigingen voorgesteld.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PricingPage</name>
    <message>
        <location filename="../ui/settings/PricingPage.cpp" line="+26"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import price list…</source>
        <translation>Prijslijst importeren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Pricing agent proposes one price per variant at most, from the cost and this floor, how the variant&apos;s sales respond to its price, and the competitors&apos; prices below. A change to reach the floor or follow a competitor always waits for you; one made on a measured response runs and notifies you when it is small and likely (see Approval rules → Price changes).</source>
        <translation>De agent Prijzen stelt hoogstens één prijs per variant voor, op basis van de kostprijs en deze vloer, hoe de verkoop van de variant op zijn prijs reageert en de prijzen van concurrenten hieronder. Een wijziging om de vloer te halen of een concurrent te volgen wacht altijd op u; een wijziging op basis van een gemeten reactie wordt uitgevoerd en gemeld als ze klein en waarschijnlijk is (zie Goedkeuringsregels → Prijswijzigingen).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Margin floor</source>
        <translation>Margevloer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prices end on</source>
        <translation>Prijzen eindigen op</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Largest step</source>
        <translation>Grootste stap</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Margin floor over cost:</source>
        <translation>Margevloer boven kostprijs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices end on:</source>
        <translation>Prijzen eindigen op:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest step at once:</source>
        <translation>Grootste stap in één keer:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Competitors&apos; prices</source>
        <translation>Prijzen van concurrenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV with the columns sku, competitor and price; currency and date (2026-11-30) are optional. Importing a list again replaces the prices it names. Prices seen more than 30 days ago are not used.</source>
        <translation>Een CSV met de kolommen sku, competitor en price; currency en date (2026-11-30) zijn optioneel. Een lijst opnieuw importeren vervangt de prijzen die erin staan. Prijzen die langer dan 30 dagen geleden zijn gezien, worden niet gebruikt.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No competitor prices yet.</source>
        <translation>Nog geen prijzen van concurrenten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 from %2, the newest seen on %3.</source>
        <translation>%1 van %2, de nieuwste gezien op %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n price(s)</source>
        <translation>
            <numerusform>%n prijs</numerusform>
            <numerusform>%n prijzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n competitor(s)</source>
        <translation>
            <numerusform>%n concurrent</numerusform>
            <numerusform>%n concurrenten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved. The Pricing agent looks at the prices again now.</source>
        <translation>Opgeslagen. De agent Prijzen bekijkt de prijzen nu opnieuw.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a competitor price list</source>
        <translation>Een prijslijst van concurrenten importeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price lists (*.csv *.tsv *.txt)</source>
        <translation>Prijslijsten (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Price list imported, with rows left out</source>
        <translation>Prijslijst geïmporteerd, met overgeslagen regels</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price list not imported</source>
        <translation>Prijslijst niet geïmporteerd</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <location filename="../services/approvals/ApprovalTypes.cpp" line="-21"/>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
</context>
<context>
    <name>ProductDetailPanel</name>
    <message>
        <location filename="../ui/panes/ProductDetailPanel.cpp" line="+65"/>
        <source>Edit facts…</source>
        <translation>Feiten bewerken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this version</source>
        <translation>Deze versie gebruiken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regenerate…</source>
        <translation>Opnieuw genereren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a product to see its content, its versions and both models&apos; verdicts.</source>
        <translation>Selecteer een product om de inhoud, de versies en de oordelen van beide modellen te zien.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+237"/>
        <source>Correct the product&apos;s facts; content that states them is checked again</source>
        <translation>De feiten van het product verbeteren; content die ze noemt wordt opnieuw gecontroleerd</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>Add a copy of this product&apos;s facts as a new draft</source>
        <translation>Een kopie van de feiten van dit product toevoegen als nieuw concept</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the selected earlier version the piece&apos;s current one; it is checked again like an edit</source>
        <translation>De gekozen eerdere versie weer de huidige van het stuk maken; die wordt opnieuw gecontroleerd, net als een bewerking</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write this piece again, with an instruction for the writer (Ctrl+G)</source>
        <translation>Schrijf dit stuk opnieuw, met een instructie voor de schrijver (Ctrl+G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit this piece by hand; your edit is a new version and is checked again (Ctrl+E)</source>
        <translation>Bewerk dit stuk met de hand; je bewerking is een nieuwe versie en wordt opnieuw gecontroleerd (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The product&apos;s variants as its store export had them</source>
        <translation>De varianten van het product zoals de export van de winkel ze had</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Compare with</source>
        <translation>Vergelijken met</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdicts</source>
        <translation>Oordelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare versions</source>
        <translation>Versies vergelijken</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>SKU %1</source>
        <translation>SKU %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AI cost %1</source>
        <translation>AI-kosten %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Draft in the store</source>
        <translation>Concept in de winkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private in the store</source>
        <translation>Privé in de winkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived in the store</source>
        <translation>Gearchiveerd in de winkel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>imported from %1</source>
        <comment>the store a product was imported from</comment>
        <translation>geïmporteerd uit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported from %1 (ID %2)</source>
        <comment>the store a product was imported from, and its ID there</comment>
        <translation>geïmporteerd uit %1 (ID %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customers do not see it in the store; publishing keeps it that way</source>
        <translation>Klanten zien het niet in de winkel; publiceren houdt dat zo</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Nothing written yet: run the product and the pipeline writes its content set.</source>
        <translation>Nog niets geschreven: start het product en de pipeline schrijft de content.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing written yet (%1).</source>
        <translation>Nog niets geschreven (%1).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>v%1 · %2</source>
        <translation>v%1 · %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is only one version.</source>
        <translation>Er is maar één versie.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Queued: the workers start on it right away.</source>
        <translation>In de wachtrij: de workers beginnen er meteen aan.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is being written again.</source>
        <translation>%1 wordt opnieuw geschreven.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your edit is saved as a new version and is being checked.</source>
        <translation>Je bewerking is opgeslagen als nieuwe versie en wordt gecontroleerd.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Copied as a new draft.</source>
        <translation>Gekopieerd als nieuw concept.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>v%1 is the current version again and is being checked.</source>
        <translation>v%1 is weer de huidige versie en wordt gecontroleerd.</translation>
    </message>
</context>
<context>
    <name>ProductFacts</name>
    <message>
        <location filename="../services/pipeline/ProductFacts.cpp" line="+41"/>
        <source>Give the product a name.</source>
        <translation>Geef het product een naam.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name is %1 characters; keep it under 200.</source>
        <translation>De naam is %1 tekens lang; houd het onder 200.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Describe the product in one or two sentences.</source>
        <translation>Beschrijf het product in een of twee zinnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the description to one or two sentences (it has %1): the facts, not the copy. Quorum writes the copy.</source>
        <translation>Houd de omschrijving bij een of twee zinnen (het zijn er nu %1): de feiten, niet de verkooptekst. Die schrijft Quorum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The description is too long.</source>
        <translation>De omschrijving is te lang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a price above zero.</source>
        <translation>Vul een prijs boven nul in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cost cannot be negative.</source>
        <translation>De kostprijs kan niet negatief zijn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use a three-letter currency code such as EUR.</source>
        <translation>Gebruik een valutacode van drie letters, zoals EUR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose or type a category.</source>
        <translation>Kies of typ een categorie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add at most three images.</source>
        <translation>Voeg maximaal drie afbeeldingen toe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a web address (https://…).</source>
        <translation>„%1” is geen webadres (https://…).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SKU is longer than 64 characters.</source>
        <translation>De SKU is langer dan 64 tekens.</translation>
    </message>
</context>
<context>
    <name>ProductPnlModel</name>
    <message>
        <location filename="../models/SalesReportModels.cpp" line="-164"/>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sold in the store; not a product in this workspace yet. Its sales join the product when it is imported or published.</source>
        <translation>Verkocht in de winkel; nog geen product in deze werkruimte. De verkopen gaan naar het product zodra het wordt geïmporteerd of gepubliceerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cost is known for %1 of %2 items; the others count as free.</source>
        <translation>De kostprijs is bekend voor %1 van %2 artikelen; de andere tellen als gratis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each order&apos;s refunds, shared over its lines by their value</source>
        <translation>De terugbetalingen van elke bestelling, verdeeld over de regels naar hun waarde</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The lines after their discounts, before tax and shipping</source>
        <translation>De regels na hun kortingen, vóór btw en verzending</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net sales</source>
        <translation>Netto-omzet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunds</source>
        <translation>Terugbetaald</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost of goods</source>
        <translation>Kostprijs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gross profit</source>
        <translation>Brutowinst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
</context>
<context>
    <name>ProductRun</name>
    <message>
        <location filename="../services/pipeline/ProductRun.cpp" line="+39"/>
        <source>The product was deleted.</source>
        <translation>Het product is verwijderd.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Writing the content set</source>
        <translation>De content wordt geschreven</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking your edit of %1</source>
        <translation>Je bewerking van %1 wordt gecontroleerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regenerating %1</source>
        <translation>%1 wordt opnieuw gegenereerd</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Two models check every piece</source>
        <translation>Twee modellen controleren elk stuk</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Will try again: %1</source>
        <translation>Probeert het opnieuw: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Both models agree on every piece</source>
        <translation>Beide modellen zijn het over elk stuk eens</translation>
    </message>
</context>
<context>
    <name>ProductStage</name>
    <message>
        <location filename="../services/pipeline/ProductStage.cpp" line="+22"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhancing</source>
        <translation>Wordt geschreven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validating</source>
        <translation>Wordt gecontroleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs review</source>
        <translation>Beoordeling nodig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting approval</source>
        <translation>Wacht op goedkeuring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishing</source>
        <translation>Wordt gepubliceerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promoting</source>
        <translation>Wordt gepromoot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>Geëscaleerd</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Write</source>
        <translation>Schrijven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish</source>
        <translation>Publiceren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promote</source>
        <translation>Promoten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Draft: the facts are in; no AI has written anything yet.</source>
        <translation>Concept: de feiten staan erin; er is nog niets door AI geschreven.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Being written: the writer model is drafting the pieces one by one, each checked as it comes in.</source>
        <translation>Wordt geschreven: het schrijfmodel schrijft de stukken één voor één, en elk stuk wordt gecontroleerd zodra het binnen is.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Being checked: the reviewer model and the fact checks go over what was written.</source>
        <translation>Wordt gecontroleerd: het beoordelingsmodel en de feitencontroles lopen na wat er geschreven is.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs review: the two models did not agree on some pieces, or a check failed. A person decides.</source>
        <translation>Moet beoordeeld worden: de twee modellen waren het over sommige stukken niet eens, of een controle faalde. Een mens beslist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready: every piece passed; it can be sent for approval or published.</source>
        <translation>Klaar: elk stuk is goedgekeurd; het kan ter goedkeuring worden aangeboden of gepubliceerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Awaiting approval: a person must approve before anything goes out (Approvals).</source>
        <translation>Wacht op goedkeuring: een mens moet goedkeuren voordat er iets naar buiten gaat (Goedkeuringen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved: queued to be published to the connected stores.</source>
        <translation>Goedgekeurd: staat in de wachtrij om in de gekoppelde winkels gepubliceerd te worden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publishing: being sent to the stores now.</source>
        <translation>Publiceren: wordt nu naar de winkels gestuurd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published: the stores accepted it. It becomes Live once it is promoted (posts or campaigns running).</source>
        <translation>Gepubliceerd: de winkels hebben het geaccepteerd. Het wordt Live zodra het gepromoot wordt (berichten of campagnes lopen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Promoting: posts and campaigns are being started.</source>
        <translation>Promoten: berichten en campagnes worden gestart.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live: published and promoted; campaigns and agents now watch how it sells.</source>
        <translation>Live: gepubliceerd en gepromoot; campagnes en agents volgen nu hoe het verkoopt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: it stopped after its retries ran out. The reason is shown; Retry starts it again.</source>
        <translation>Mislukt: gestopt nadat de nieuwe pogingen op waren. De reden staat erbij; Opnieuw proberen start het weer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalated: handed to a person because the same problem kept coming back.</source>
        <translation>Geëscaleerd: aan een mens overgedragen omdat hetzelfde probleem steeds terugkwam.</translation>
    </message>
</context>
<context>
    <name>ProductStore</name>
    <message>
        <location filename="../services/pipeline/ProductStore.cpp" line="+279"/>
        <source>A product cannot go from %1 to %2.</source>
        <translation>Een product kan niet van %1 naar %2.</translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+234"/>
        <source>The product no longer exists.</source>
        <translation>Het product bestaat niet meer.</translation>
    </message>
    <message>
        <location line="-229"/>
        <location line="+236"/>
        <source>It is archived; restore it to run it.</source>
        <translation>Het is gearchiveerd; zet het terug om het te starten.</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>It is already queued or being written.</source>
        <translation>Het staat al in de wachtrij of wordt al geschreven.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its content is written (%1). Regenerate single pieces in the detail panel instead.</source>
        <translation>De content is al geschreven (%1). Genereer in plaats daarvan losse stukken opnieuw in het detailpaneel.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Queued</source>
        <translation>In de wachtrij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued for a retry</source>
        <translation>In de wachtrij voor een nieuwe poging</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+58"/>
        <source>The content cannot change while the product is %1.</source>
        <translation>De content kan niet veranderen zolang het product de status %1 heeft.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>This product has no %1.</source>
        <translation>Dit product heeft geen %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The product is already being worked on; wait for it to finish.</source>
        <translation>Er wordt al aan het product gewerkt; wacht tot dat klaar is.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Regenerating %1</source>
        <translation>%1 wordt opnieuw gegenereerd</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+126"/>
        <source>The piece no longer exists.</source>
        <translation>Het stuk bestaat niet meer.</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+91"/>
        <source>The product is being worked on; wait for it to finish.</source>
        <translation>Er wordt aan het product gewerkt; wacht tot dat klaar is.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Only a published or live product is taken back to work this way; it is %1.</source>
        <translation>Alleen een gepubliceerd of live product wordt zo opnieuw in bewerking genomen; dit is %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It is being published to the stores; approve again when that is done.</source>
        <translation>Het wordt nu naar de winkels gepubliceerd; keur het opnieuw goed als dat klaar is.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It has no written content to check.</source>
        <translation>Het heeft geen geschreven inhoud om te controleren.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That version no longer exists or cannot be read.</source>
        <translation>Die versie bestaat niet meer of is niet te lezen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is already the current version.</source>
        <translation>Dit is al de huidige versie.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Review the content of %1</source>
        <translation>Beoordeel de content van %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The writer and the reviewer did not agree within the allowed attempts, so a person decides: edit the pieces, regenerate them with an instruction, or accept them as they are.</source>
        <translation>De schrijver en de beoordelaar werden het binnen de toegestane pogingen niet eens, dus beslist een persoon: bewerk de stukken, genereer ze opnieuw met een instructie, of accepteer ze zoals ze zijn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the rule checks against the facts</source>
        <translation>de regelcontroles tegen de feiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reviewer model&apos;s rubric</source>
        <translation>de beoordelingscriteria van het controlemodel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy may state wrong facts</source>
        <translation>De tekst kan onjuiste feiten bevatten</translation>
    </message>
</context>
<context>
    <name>ProductsModel</name>
    <message>
        <location filename="../models/ProductsModel.cpp" line="+96"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Retry %1</source>
        <comment>followed by a countdown: in 23 s</comment>
        <translation>Opnieuw %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not started</source>
        <translation>Niet gestart</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2 pieces done</source>
        <translation>%1 van %2 stukken klaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a person</source>
        <translation>Bij een mens</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality</source>
        <comment>score given by the reviewer model</comment>
        <translation>Kwaliteit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SEO</source>
        <comment>search engine optimisation score</comment>
        <translation>SEO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AI cost</source>
        <translation>AI-kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
</context>
<context>
    <name>PromptTemplates</name>
    <message>
        <location filename="../services/pipeline/PromptTemplates.cpp" line="+37"/>
        <source>Writer: system prompt</source>
        <translation>Schrijver: systeemprompt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writer: answer to the review</source>
        <translation>Schrijver: antwoord op de beoordeling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewer: system prompt</source>
        <translation>Beoordelaar: systeemprompt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewer: review a piece</source>
        <translation>Beoordelaar: een stuk beoordelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review Desk: write a reply to a review</source>
        <translation>Reviewbalie: een antwoord op een review schrijven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review Desk: check a reply</source>
        <translation>Reviewbalie: een antwoord controleren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site: the analyst&apos;s brief</source>
        <translation>Site: de briefing van de analist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site: the concept</source>
        <translation>Site: het concept</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site: the art director&apos;s design tokens</source>
        <translation>Site: de ontwerptokens van de art director</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site: the architect&apos;s section</source>
        <translation>Site: de sectie van de architect</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outreach: the e-mail to a lead</source>
        <translation>Outreach: de e-mail aan een lead</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writer: %1</source>
        <translation>Schrijver: %1</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>the product&apos;s name</source>
        <translation>de naam van het product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the product&apos;s facts as JSON between &lt;facts&gt; tags</source>
        <translation>de feiten van het product als JSON tussen &lt;facts&gt;-tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the knowledge base&apos;s best passages for the piece, each with its id, between &lt;knowledge&gt; tags (empty when none)</source>
        <translation>de beste passages uit de kennisbank voor het stuk, elk met zijn id, tussen &amp;lt;knowledge&amp;gt;-tags (leeg als er geen zijn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the piece being written, e.g. “FAQ”</source>
        <translation>het stuk dat geschreven wordt, bijv. „FAQ”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the brand&apos;s voice</source>
        <translation>de stem van het merk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words the copy must not use</source>
        <translation>woorden die de tekst niet mag gebruiken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phrases the copy must contain</source>
        <translation>zinnen die de tekst moet bevatten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the target audience hint</source>
        <translation>de aanwijzing over de doelgroep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the length the piece must have</source>
        <translation>de lengte die het stuk moet hebben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>problems found in the previous attempt, with a heading (empty on the first attempt)</source>
        <translation>problemen uit de vorige poging, met een kop (leeg bij de eerste poging)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a person&apos;s instruction for this version, with a heading (empty when none)</source>
        <translation>de instructie van een mens voor deze versie, met een kop (leeg als er geen is)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the attempt number (1-3)</source>
        <translation>het nummer van de poging (1-3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the piece under review</source>
        <translation>het stuk dat beoordeeld wordt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reviewer&apos;s verdict, for the writer&apos;s answer</source>
        <translation>het oordeel van de beoordelaar, voor het antwoord van de schrijver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the piece&apos;s sentences as numbered claims the reviewer must give a verdict on, each with a citation, between &lt;claims&gt; tags (added at the end when a template leaves it out)</source>
        <translation>de zinnen van het stuk als genummerde beweringen waarover de beoordelaar elk een oordeel met bron moet geven, tussen &lt;claims&gt;-tags (achteraan toegevoegd als een sjabloon ze weglaat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the pass marks the reviewer&apos;s scores must reach</source>
        <translation>de minimumscores die de beoordelaar moet geven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the language the copy is written in (Brand settings)</source>
        <translation>de taal waarin de teksten worden geschreven (instellingen Merk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the stars a customer gave (Review Desk)</source>
        <translation>de sterren die een klant gaf (Reviewbalie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the customer wrote (Review Desk)</source>
        <translation>wat de klant schreef (Reviewbalie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what a reply may offer (Brand settings)</source>
        <translation>wat een antwoord mag aanbieden (instellingen Merk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reply under check (Review Desk)</source>
        <translation>het antwoord dat wordt gecontroleerd (Reviewbalie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the page is about: one product, a collection, the whole shop or a lead&apos;s business (site factory)</source>
        <translation>waar de pagina over gaat: één product, een collectie, de hele winkel of het bedrijf van een lead (sitefabriek)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the analyst&apos;s accepted brief (site factory)</source>
        <translation>de geaccepteerde briefing van de analist (sitefabriek)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the accepted concept: positioning, vibe, headlines, sections (site factory)</source>
        <translation>het geaccepteerde concept: positionering, sfeer, koppen, secties (sitefabriek)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the accepted design tokens, restated for every section (site factory)</source>
        <translation>de geaccepteerde ontwerptokens, bij elke sectie herhaald (sitefabriek)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the section being written, e.g. “hero” (site factory)</source>
        <translation>de sectie die geschreven wordt, bijv. “hero” (sitefabriek)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the concept says the section is for (site factory)</source>
        <translation>waar de sectie volgens het concept voor is (sitefabriek)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sections a concept may plan (site factory)</source>
        <translation>de secties die een concept mag plannen (sitefabriek)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the page stylesheet&apos;s classes a section may use (site factory)</source>
        <translation>de klassen uit het stijlblad van de pagina die een sectie mag gebruiken (sitefabriek)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the images a section may show (site factory)</source>
        <translation>de afbeeldingen die een sectie mag tonen (sitefabriek)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where the call to action links (site factory)</source>
        <translation>waar de oproep tot actie naartoe linkt (sitefabriek)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the product&apos;s reviews that may be quoted, with their average (site factory)</source>
        <translation>de reviews van het product die geciteerd mogen worden, met hun gemiddelde (sitefabriek)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the brand&apos;s colours (site factory)</source>
        <translation>de kleuren van het merk (sitefabriek)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the fonts a page can rely on (site factory)</source>
        <translation>de lettertypen waarop een pagina kan rekenen (sitefabriek)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lead&apos;s business name (outreach)</source>
        <translation>de naam van het bedrijf van de lead (outreach)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lead&apos;s category as its listing gives it (outreach)</source>
        <translation>de categorie van de lead zoals de vermelding die geeft (outreach)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lead&apos;s website, or “none” (outreach)</source>
        <translation>de website van de lead, of “none” (outreach)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lead&apos;s listed rating, or “not listed” (outreach)</source>
        <translation>de vermelde beoordeling van de lead, of “not listed” (outreach)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lead&apos;s listed number of reviews, or “not listed” (outreach)</source>
        <translation>het vermelde aantal recensies van de lead, of “not listed” (outreach)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“yes” when a finished concept site goes with the e-mail (outreach)</source>
        <translation>“yes” als er een klare conceptsite met de e-mail meegaat (outreach)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sender&apos;s name from Outreach settings (outreach)</source>
        <translation>de naam van de afzender uit de outreach-instellingen (outreach)</translation>
    </message>
</context>
<context>
    <name>PromptTemplatesModel</name>
    <message>
        <location filename="../models/SettingsModels.cpp" line="+60"/>
        <source>default</source>
        <translation>standaard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
</context>
<context>
    <name>PromptTrialAgent</name>
    <message numerus="yes">
        <location filename="../services/shopagents/PromptTrialAgent.cpp" line="+20"/>
        <source>%1 of %n run(s) (%2 %)</source>
        <translation>
            <numerusform>%1 van %n run (%2 %)</numerusform>
            <numerusform>%1 van %n runs (%2 %)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-8"/>
        <source>the Quorum default</source>
        <translation>de standaard van Quorum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version %1</source>
        <translation>versie %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Keep %1 of the prompt “%2”: it passes the gate more often</source>
        <translation>Houd %1 van de prompt “%2”: die komt vaker door de poort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End the trial and let %1 write every run from now on.</source>
        <translation>De test beëindigen en %1 voortaan elke run laten schrijven.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the trial and go back to %1 for every run; %2 stays in the history.</source>
        <translation>De test beëindigen en voor elke run terug naar %1; %2 blijft in de geschiedenis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since the trial began, %1 passed the gate on its first attempt in %2; %3 in %4. A sequential test that allows for looking at the records as they grow finds the difference real (p = %5). Approved unchanged afterwards: %6 against %7.</source>
        <translation>Sinds het begin van de test kwam %1 bij de eerste poging door de poort in %2; %3 in %4. Een sequentiële toets, die rekening houdt met het bekijken van de cijfers terwijl ze groeien, vindt het verschil echt (p = %5). Daarna ongewijzigd goedgekeurd: %6 tegen %7.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The gate&apos;s verdicts on the runs since the trial began</source>
        <translation>De oordelen van de poort over de runs sinds het begin van de test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pass rate is measured on the runs of the trial: pieces of another kind or a changed gate can behave otherwise</source>
        <translation>Een slagingspercentage is gemeten op de runs van de test: stukken van een andere soort of een gewijzigde poort kunnen zich anders gedragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the trial run on for more runs</source>
        <translation>De test langer laten lopen voor meer runs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End it on the Prompts page and keep either version</source>
        <translation>Beëindig hem op de pagina Prompts en houd een van beide versies</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No prompt is on trial. Start one on Settings → Prompts.</source>
        <translation>Er wordt geen prompt getest. Start een test in Instellingen → Prompts.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n prompt(s) on trial.</source>
        <translation>
            <numerusform>%n prompt in test.</numerusform>
            <numerusform>%n prompts in test.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n without a verdict yet.</source>
        <translation>
            <numerusform>%n nog zonder oordeel.</numerusform>
            <numerusform>%n nog zonder oordeel.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“%1” is written by %2 from now on; the trial has ended.</source>
        <translation>“%1” wordt voortaan geschreven door %2; de test is beëindigd.</translation>
    </message>
    <message numerus="yes">
        <location line="-20"/>
        <source>Proposed %n verdict(s).</source>
        <translation>
            <numerusform>%n oordeel voorgesteld.</numerusform>
            <numerusform>%n oordelen voorgesteld.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>That trial has ended or changed since: nothing was changed. The Prompts page shows the version in use.</source>
        <translation>Die test is inmiddels beëindigd of gewijzigd: er is niets veranderd. De pagina Prompts toont de versie die in gebruik is.</translation>
    </message>
</context>
<context>
    <name>PromptsPage</name>
    <message>
        <location filename="../ui/settings/PromptsPage.cpp" line="+35"/>
        <source>Use this version</source>
        <translation>Deze versie gebruiken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock the selected text</source>
        <translation>Geselecteerde tekst vergrendelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as new version</source>
        <translation>Opslaan als nieuwe versie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>Wijzigingen verwerpen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try on a share of runs</source>
        <translation>Uitproberen op een deel van de runs</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Insert a variable…</source>
        <translation>Variabele invoegen…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> % of runs</source>
        <translation> % van de runs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saves your edit as a new version that writes this share of the runs beside the version in use; the Prompts page compares their records and proposes the better one.</source>
        <translation>Bewaart je wijziging als nieuwe versie die dit deel van de runs schrijft naast de versie in gebruik; de pagina Prompts vergelijkt hun resultaten en stelt de betere voor.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Preview for</source>
        <translation>Voorbeeld voor</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Locked text</source>
        <translation>Vergrendelde tekst</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Select a legal line, a phrase the brand always uses or a heading (one each) and lock it: it goes into every piece word for word, in the order of the template, and the checks reject a piece without it.</source>
        <translation>Selecteer een juridische regel, een zin die het merk altijd gebruikt of een kopje (één per keer) en vergrendel het: het komt woord voor woord in elk stuk, in de volgorde van het sjabloon, en de controles keuren een stuk zonder die tekst af.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Quorum default</source>
        <translation>Standaard van Quorum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>v%1 · %2 · %3</source>
        <translation>v%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 % first time</source>
        <translation>%1 · %2 % de eerste keer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not used for a piece yet.</source>
        <translation>Nog niet voor een stuk gebruikt.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Passed the gate on the first attempt in %1 of %n run(s) (%2 %); kept unchanged in %3.</source>
        <translation>
            <numerusform>Kwam bij de eerste poging door de poort in %1 van %n run (%2 %); ongewijzigd gehouden in %3.</numerusform>
            <numerusform>Kwam bij de eerste poging door de poort in %1 van %n runs (%2 %); ongewijzigd gehouden in %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n locked section(s): every piece must carry them word for word, in this order; the checks reject a piece that changes one.</source>
        <translation>
            <numerusform>%n vergrendeld deel: elk stuk moet het woord voor woord bevatten; de controles keuren een stuk af dat het verandert.</numerusform>
            <numerusform>%n vergrendelde delen: elk stuk moet ze woord voor woord en in deze volgorde bevatten; de controles keuren een stuk af dat er een verandert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unknown variables stay empty: %1</source>
        <translation>Onbekende variabelen blijven leeg: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without {{facts}} the writer does not see the product&apos;s facts, and the checks will reject what it invents.</source>
        <translation>Zonder {{facts}} ziet de schrijver de feiten van het product niet, en de controles keuren af wat hij verzint.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Edit and try the new text on a share of runs to compare it with the version in use.</source>
        <translation>Pas de tekst aan en probeer hem uit op een deel van de runs om hem te vergelijken met de versie in gebruik.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the Quorum default</source>
        <translation>de standaard van Quorum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>version %1</source>
        <translation>versie %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no run yet</source>
        <translation>nog geen run</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n run(s) passed first time (%2 %)</source>
        <translation>
            <numerusform>%1 van %n run in één keer door de poort (%2 %)</numerusform>
            <numerusform>%1 van %n runs in één keer door de poort (%2 %)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On trial since %1: %2 writes %3 % of the runs beside %4. Since then %2: %5; %4: %6.</source>
        <translation>Op proef sinds %1: %2 schrijft %3 % van de runs naast %4. Sindsdien %2: %5; %4: %6.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No verdict before 20 runs each, and 5 first-time passes and 5 failures in all. Saving a version by hand ends the trial.</source>
        <translation>Geen oordeel vóór 20 runs elk, en in totaal 5 keer in één keer door de poort en 5 keer niet. Een versie met de hand bewaren beëindigt de proef.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does better (p = %2): keep it?</source>
        <translation>%1 doet het beter (p = %2): houden?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No difference yet (p = %1).</source>
        <translation>Nog geen verschil (p = %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Keep %1</source>
        <translation>%1 houden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 version %2 writes %3 % of the runs from now on, beside the version in use.</source>
        <translation>%1 versie %2 schrijft vanaf nu %3 % van de runs, naast de versie in gebruik.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The trial of %1 has ended; every run writes with the version kept.</source>
        <translation>De proef met %1 is afgelopen; elke run schrijft met de gehouden versie.</translation>
    </message>
    <message>
        <location filename="../services/pipeline/PipelineSettings.cpp" line="+33"/>
        <source>Add a product to see the prompt filled in.</source>
        <translation>Voeg een product toe om de ingevulde prompt te zien.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(the piece under review appears here)</source>
        <translation>(hier verschijnt het stuk dat beoordeeld wordt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the reviewer&apos;s scores and problems appear here)</source>
        <translation>(hier verschijnen de scores en problemen van de beoordelaar)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(the piece&apos;s claims, numbered, for a verdict on each, appear here)</source>
        <translation>(de beweringen van het stuk, genummerd, voor een oordeel per bewering, staan hier)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SYSTEM

%1</source>
        <translation>SYSTEEM

%1</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../ui/settings/PromptsPage.cpp" line="-91"/>
        <source>%1 saved as version %2; new pieces use it.</source>
        <translation>%1 opgeslagen als versie %2; nieuwe stukken gebruiken die.</translation>
    </message>
</context>
<context>
    <name>ProposalDetailPanel</name>
    <message>
        <location filename="../ui/panes/ProposalDetailPanel.cpp" line="+44"/>
        <source>Select a proposal to see the reasoning, the numbers and the alternatives.</source>
        <translation>Kies een voorstel om de redenering, de cijfers en de alternatieven te zien.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Note for your decision (optional; a rejection needs a reason)</source>
        <translation>Notitie bij je besluit (optioneel; een afwijzing heeft een reden nodig)</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Keys: A approve · R reject · M modify · J / K next / previous</source>
        <translation>Toetsen: A goedkeuren · R afwijzen · M wijzigen · J / K volgende / vorige</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Adjust this rule…</source>
        <translation>Deze regel aanpassen…</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Run a&amp;gain</source>
        <translation>&amp;Opnieuw uitvoeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the failed work again from the step that gave up (G)</source>
        <translation>Start het mislukte werk opnieuw vanaf de stap die opgaf (G)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change the thresholds that sent this proposal here (owners; a new rule version)</source>
        <translation>De drempels wijzigen die dit voorstel hierheen stuurden (eigenaars; een nieuwe regelversie)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>proposed %1</source>
        <translation>voorgesteld %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Approve %n selected…</source>
        <translation>
            <numerusform>%n gekozen goedkeuren…</numerusform>
            <numerusform>%n gekozen goedkeuren…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Approve</source>
        <translation>&amp;Goedkeuren</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reject %n selected…</source>
        <translation>
            <numerusform>%n gekozen afwijzen…</numerusform>
            <numerusform>%n gekozen afwijzen…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reject…</source>
        <translation>Af&amp;wijzen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Modify…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve: it runs as shown (A)</source>
        <translation>Goedkeuren: het wordt uitgevoerd zoals getoond (A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject with a reason (R)</source>
        <translation>Afwijzen met een reden (R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the parameters; the change is judged again (M)</source>
        <translation>De parameters wijzigen; de wijziging wordt opnieuw beoordeeld (M)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 Nobody else here may decide it, so you can: Approve or Reject asks you to confirm that you are the only approver.</source>
        <translation>%1 Niemand anders hier mag erover beslissen, dus jij kunt het: Goedkeuren of Afwijzen vraagt je te bevestigen dat je de enige goedkeurder bent.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 left</source>
        <translation>nog %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline %1; then the rule&apos;s default applies (%2)</source>
        <translation>Deadline %1; daarna geldt de standaard van de regel (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approve</source>
        <translation>goedkeuren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reject</source>
        <translation>afwijzen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Keys: G run again · J / K next / previous</source>
        <translation>Toetsen: G opnieuw uitvoeren · J / K volgende / vorige</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It failed: %1</source>
        <translation>Het mislukte: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason was recorded.</source>
        <translation>er is geen reden vastgelegd.</translation>
    </message>
</context>
<context>
    <name>ProposalHtml</name>
    <message>
        <location filename="../ui/panes/ProposalHtml.cpp" line="+78"/>
        <source>Est. revenue</source>
        <translation>Verw. omzet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Est. cost</source>
        <translation>Verw. kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence</source>
        <translation>Zekerheid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exp. value</source>
        <translation>Verw. waarde</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agent offered no alternative.</source>
        <translation>De agent bood geen alternatief.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Impact:</source>
        <translation>Effect:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>“%1” %2 → %3 · “%4” %5 → %6 a day</source>
        <translation>“%1” %2 → %3 · “%4” %5 → %6 per dag</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 → %2 a day (%3)</source>
        <translation>%1 → %2 per dag (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed to</source>
        <translation>Gewijzigd in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Executed with</source>
        <translation>Uitgevoerd met</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Suppliers compared</source>
        <translation>Vergeleken leveranciers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost of the SKUs</source>
        <translation>Kosten van de SKU&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead time</source>
        <translation>Levertijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defects</source>
        <translation>Uitval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(today)</source>
        <translation>(nu)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changed by %1; the change was judged again.</source>
        <translation>Gewijzigd door %1; de wijziging is opnieuw beoordeeld.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the risk engine</source>
        <translation>de risicomotor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rule&apos;s default at the deadline</source>
        <translation>de standaard van de regel bij de deadline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 by %2, %3, on %4</source>
        <translation>%1 door %2, %3, op %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Execution:</source>
        <translation>Uitvoering:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Track record of %1 on “%2”: none decided by a person yet.</source>
        <translation>Staat van dienst van %1 bij “%2”: nog geen enkele door een mens beslist.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Track record of %1 on “%2”: %n decided by people — %3 approved as proposed, %4 modified, %5 rejected</source>
        <translation>
            <numerusform>Staat van dienst van %1 bij “%2”: %n door mensen beslist — %3 goedgekeurd zoals voorgesteld, %4 gewijzigd, %5 afgewezen</numerusform>
            <numerusform>Staat van dienst van %1 bij “%2”: %n door mensen beslist — %3 goedgekeurd zoals voorgesteld, %4 gewijzigd, %5 afgewezen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(median change %1 %)</source>
        <translation>(mediane wijziging %1 %)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ran, %2 failed to run.</source>
        <translation>%1 uitgevoerd, %2 mislukt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What changes in the stores</source>
        <translation>Wat er in de winkels verandert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The content under review</source>
        <translation>De inhoud die wordt beoordeeld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reasoning</source>
        <translation>Redenering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent gave no reasoning.</source>
        <translation>De agent gaf geen redenering.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What runs when approved</source>
        <translation>Wat er na goedkeuring wordt uitgevoerd</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where it goes live</source>
        <translation>Waar het live gaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No store or site is connected.</source>
        <translation>Er is geen winkel of site gekoppeld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk factors</source>
        <translation>Risicofactoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>None named.</source>
        <translation>Geen genoemd.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Alternatives</source>
        <translation>Alternatieven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data sources</source>
        <translation>Gegevensbronnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it is here</source>
        <translation>Waarom het hier staat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rule version %1 · may decide: %2 · at the deadline: %3</source>
        <translation>Regelversie %1 · mag beslissen: %2 · bij de deadline: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>approve</source>
        <translation>goedkeuren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reject</source>
        <translation>afwijzen</translation>
    </message>
</context>
<context>
    <name>ProposalStatus</name>
    <message>
        <location filename="../services/approvals/ApprovalTypes.cpp" line="-139"/>
        <source>Pending</source>
        <translation>In afwachting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-approved</source>
        <translation>Automatisch goedgekeurd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation>Teruggetrokken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>queued to run</source>
        <translation>in de wachtrij voor uitvoering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed, will retry</source>
        <translation>mislukt, wordt opnieuw geprobeerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>afgekeurd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing to run</source>
        <translation>niets uit te voeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>wordt uitgevoerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the agent carries it out</source>
        <translation>de agent voert het uit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped by the agent</source>
        <translation>overgeslagen door de agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown state</source>
        <translation>onbekende status</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <location filename="../ui/settings/ProviderDialog.cpp" line="+37"/>
        <source>&amp;Test provider</source>
        <translation>Aanbieder &amp;testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;List models</source>
        <translation>&amp;Modellen ophalen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add an AI provider</source>
        <translation>AI-aanbieder toevoegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left empty: named after its API</source>
        <translation>Leeg gelaten: genoemd naar de API</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saved in the keychain; type to replace</source>
        <translation>Opgeslagen in de sleutelbos; typ om te vervangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the key to keep it in the system keychain</source>
        <translation>Plak de sleutel om hem in de sleutelbos van het systeem te bewaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in the system keychain, bound to this address: it is only ever sent there. Changing the address removes it.</source>
        <translation>Bewaard in de sleutelbos van het systeem, gebonden aan dit adres: hij gaat alleen daarheen. Als je het adres wijzigt, wordt hij verwijderd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For servers: env:NAME reads the key from that environment variable when Quorum starts. Leave the Key field empty to use it.</source>
        <translation>Voor servers: env:NAAM leest de sleutel uit die omgevingsvariabele wanneer Quorum start. Laat het veld Sleutel leeg om dit te gebruiken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The most calls at once; Quorum finds the provider&apos;s real limit below this by itself.</source>
        <translation>Het maximale aantal gelijktijdige aanroepen; Quorum vindt zelf de werkelijke limiet van de aanbieder daaronder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sends one tiny request (a few tokens, well under a cent) with what is typed now</source>
        <translation>Stuurt één heel klein verzoek (een paar tokens, ruim onder een cent) met wat nu is ingevuld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks the provider which models this key may use</source>
        <translation>Vraagt de aanbieder welke modellen deze sleutel mag gebruiken</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Identifier</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or key from</source>
        <translation>Of sleutel uit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max parallel calls</source>
        <translation>Max. gelijktijdige aanroepen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no key needed</source>
        <translation>geen sleutel nodig</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Testing %1…</source>
        <translation>%1 testen…</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n model(s) offered; pick one from the list.</source>
        <translation>
            <numerusform>%n model aangeboden; kies het uit de lijst.</numerusform>
            <numerusform>%n modellen aangeboden; kies er een uit de lijst.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discard changes?</source>
        <translation>Wijzigingen weggooien?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This provider has changes that are not saved.</source>
        <translation>Deze aanbieder heeft wijzigingen die niet zijn opgeslagen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Use lower-case letters, digits, dots and dashes for the identifier.</source>
        <translation>Gebruik kleine letters, cijfers, punten en streepjes voor het kenmerk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There already is a provider called %1.</source>
        <translation>Er is al een aanbieder met de naam %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address must start with https:// (or http:// for a model on this machine).</source>
        <translation>Het adres moet met https:// beginnen (of http:// voor een model op deze computer).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the model, as the provider spells it.</source>
        <translation>Noem het model zoals de aanbieder het schrijft.</translation>
    </message>
</context>
<context>
    <name>ProviderSettings</name>
    <message>
        <location filename="../services/llm/ProviderSettings.cpp" line="+27"/>
        <source>Name the environment variable after env:.</source>
        <translation>Noem de omgevingsvariabele na env:.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds a secret Quorum keeps for a store connection; a provider cannot use it.</source>
        <translation>%1 bevat een geheim dat Quorum bewaart voor een winkelverbinding; een aanbieder kan het niet gebruiken.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A provider can only use a provider&apos;s key from the keychain (keychain:provider/…); %1 belongs to something else.</source>
        <translation>Een aanbieder kan uit de sleutelbos alleen een aanbiedersleutel gebruiken (keychain:provider/…); %1 hoort bij iets anders.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say where the key lives: env:VARIABLE, or enter the key to keep it in the keychain.</source>
        <translation>Zeg waar de sleutel staat: env:VARIABELE, of vul de sleutel in om hem in de sleutelbos te bewaren.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Save the provider first.</source>
        <translation>Sla eerst de aanbieder op.</translation>
    </message>
</context>
<context>
    <name>ProviderTester</name>
    <message>
        <location filename="../services/llm/ProviderTester.cpp" line="+69"/>
        <source>%1 asks for an API key, and this provider has none. Paste the key here, or name the environment variable that holds it (env:NAME).</source>
        <translation>%1 vraagt om een API-sleutel en deze aanbieder heeft er geen. Plak de sleutel hier, of noem de omgevingsvariabele waarin hij staat (env:NAAM).</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>There is no key to send: the environment variable %1 is not set. Set it where Quorum is started and restart Quorum, or paste the key here.</source>
        <translation>Er is geen sleutel om te sturen: de omgevingsvariabele %1 is niet ingesteld. Stel hem in waar Quorum gestart wordt en start Quorum opnieuw, of plak de sleutel hier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no key to send: the system keychain has no entry %1 for this provider, or it is locked. Paste the key here and save it.</source>
        <translation>Er is geen sleutel om te sturen: de sleutelbos van het systeem heeft geen item %1 voor deze aanbieder, of hij is vergrendeld. Plak de sleutel hier en sla hem op.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The address %1 cannot be found (DNS). Check its spelling, and that this computer is online.</source>
        <translation>Het adres %1 is niet te vinden (DNS). Controleer de spelling en of deze computer online is.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing is listening at %1. Is Ollama running? Start it with `ollama serve`.</source>
        <translation>Er luistert niets op %1. Draait Ollama? Start het met `ollama serve`.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is listening at %1. Is the model server on this computer running?</source>
        <translation>Er luistert niets op %1. Draait de modelserver op deze computer?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is listening at %1 (connection refused). Check the address and the port.</source>
        <translation>Er luistert niets op %1 (verbinding geweigerd). Controleer het adres en de poort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secure connection to %1 failed (TLS). Its certificate may have expired or belong to another address, or something on the network intercepts the connection. Details: %2</source>
        <translation>De beveiligde verbinding met %1 is mislukt (TLS). Het certificaat is misschien verlopen of hoort bij een ander adres, of iets op het netwerk onderschept de verbinding. Details: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 did not answer within %n second(s). Ollama loads a model into memory on its first request, which can take a while: try again.</source>
        <translation>
            <numerusform>%1 antwoordde niet binnen %n seconde. Ollama laadt een model bij het eerste verzoek in het geheugen, wat even kan duren: probeer het opnieuw.</numerusform>
            <numerusform>%1 antwoordde niet binnen %n seconden. Ollama laadt een model bij het eerste verzoek in het geheugen, wat even kan duren: probeer het opnieuw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 did not answer within %n second(s). Try again; if it keeps happening, check the address and the provider&apos;s status page.</source>
        <translation>
            <numerusform>%1 antwoordde niet binnen %n seconde. Probeer het opnieuw; blijft het gebeuren, controleer dan het adres en de statuspagina van de aanbieder.</numerusform>
            <numerusform>%1 antwoordde niet binnen %n seconden. Probeer het opnieuw; blijft het gebeuren, controleer dan het adres en de statuspagina van de aanbieder.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 is niet bereikbaar: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the API key (HTTP %2): it is wrong, revoked or expired. Copy the key again from the provider&apos;s website and paste it here.</source>
        <translation>%1 weigerde de API-sleutel (HTTP %2): hij is onjuist, ingetrokken of verlopen. Kopieer de sleutel opnieuw van de website van de aanbieder en plak hem hier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 refused the key for this request (HTTP 403): the key is wrong, or may not use the model “%2”. Check the key, and the model&apos;s access in the provider&apos;s account.</source>
        <translation>%1 weigerde de sleutel voor dit verzoek (HTTP 403): de sleutel is onjuist of mag het model “%2” niet gebruiken. Controleer de sleutel en de toegang tot het model in het account bij de aanbieder.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ollama does not have the model “%1”. Download it with `ollama pull %1`.</source>
        <translation>Ollama heeft het model “%1” niet. Download het met `ollama pull %1`.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not know the model “%2”: it does not exist, or this key may not use it. Check the name.</source>
        <translation>%1 kent het model “%2” niet: het bestaat niet, of deze sleutel mag het niet gebruiken. Controleer de naam.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no OpenAI-compatible API at %1 (HTTP 404). Check the address: for most servers it ends in /v1.</source>
        <translation>Er is geen OpenAI-compatibele API op %1 (HTTP 404). Controleer het adres: bij de meeste servers eindigt het op /v1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no %1 API at %2 (HTTP 404). Check the address; it is usually %3.</source>
        <translation>Er is geen %1-API op %2 (HTTP 404). Controleer het adres; meestal is het %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OpenAI accepts the key, but the account has no quota left (insufficient_quota). Add credit or raise the monthly limit under Settings → Billing at platform.openai.com. Waiting does not help: this is not a rate limit.</source>
        <translation>OpenAI accepteert de sleutel, maar het account heeft geen tegoed meer. Waardeer op of verhoog de maandlimiet onder Settings → Billing op platform.openai.com. Wachten helpt niet: dit is geen snelheidslimiet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anthropic accepts the key, but the account&apos;s credit balance is too low. Buy credits under Plans &amp; Billing at console.anthropic.com. Waiting does not help: this is not a rate limit.</source>
        <translation>Anthropic accepteert de sleutel, maar het tegoed van het account is te laag. Koop tegoed onder Plans &amp; Billing op console.anthropic.com. Wachten helpt niet: dit is geen snelheidslimiet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gemini accepts the key, but its quota for today is used up. It is renewed daily; for more, enable billing for the project in Google AI Studio.</source>
        <translation>Gemini accepteert de sleutel, maar het quotum voor vandaag is op. Het wordt dagelijks vernieuwd; zet voor meer de facturering voor het project aan in Google AI Studio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 accepts the key, but the account&apos;s quota or credit is used up. Top it up or raise its limit; waiting does not help.</source>
        <translation>%1 accepteert de sleutel, maar het quotum of tegoed van het account is op. Waardeer op of verhoog de limiet; wachten helpt niet.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 accepts the key, but too many requests were sent to it just now (rate limit). Try again in %n second(s); during real work Quorum slows down and waits by itself.</source>
        <translation>
            <numerusform>%1 accepteert de sleutel, maar er zijn zojuist te veel verzoeken naartoe gestuurd (limiet). Probeer het over %n seconde opnieuw; tijdens echt werk remt Quorum zelf af en wacht.</numerusform>
            <numerusform>%1 accepteert de sleutel, maar er zijn zojuist te veel verzoeken naartoe gestuurd (limiet). Probeer het over %n seconden opnieuw; tijdens echt werk remt Quorum zelf af en wacht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 accepts the key, but too many requests were sent to it just now (rate limit). Try again in a minute; during real work Quorum slows down and waits by itself.</source>
        <translation>%1 accepteert de sleutel, maar er zijn zojuist te veel verzoeken gestuurd (snelheidslimiet). Probeer het over een minuut opnieuw; tijdens echt werk vertraagt Quorum en wacht het vanzelf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is overloaded right now (HTTP %2). Try again in a few minutes; during real work Quorum waits and retries by itself.</source>
        <translation>%1 is nu overbelast (HTTP %2). Probeer het over een paar minuten opnieuw; tijdens echt werk wacht Quorum en probeert het vanzelf opnieuw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 had trouble answering: %2. Try again in a moment; if it keeps happening, check the provider&apos;s status page.</source>
        <translation>%1 had moeite met antwoorden: %2. Probeer het zo opnieuw; blijft het gebeuren, kijk dan op de statuspagina van de aanbieder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 refused the request: %2</source>
        <translation>%1 weigerde het verzoek: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the kind of API, and fill in its address and the model, before testing.</source>
        <translation>Kies het soort API en vul het adres en het model in voordat je test.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Works: %1 answered in %2 ms.</source>
        <translation>Werkt: %1 antwoordde in %2 ms.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>It is in the list of models %1 offers, so this key may not have access to it.</source>
        <translation>Het staat in de lijst met modellen die %1 aanbiedt, dus deze sleutel heeft er misschien geen toegang toe.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>It is not among the %n model(s) %1 offers; for example: %2.</source>
        <translation>
            <numerusform>Het staat niet tussen het %n model dat %1 aanbiedt; bijvoorbeeld: %2.</numerusform>
            <numerusform>Het staat niet tussen de %n modellen die %1 aanbiedt; bijvoorbeeld: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the kind of API and fill in its address before loading its models.</source>
        <translation>Kies het soort API en vul het adres in voordat je de modellen ophaalt.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the answer is not a list of models</source>
        <translation>het antwoord is geen lijst met modellen</translation>
    </message>
</context>
<context>
    <name>ProvidersModel</name>
    <message>
        <location filename="../models/SettingsModels.cpp" line="+59"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key from</source>
        <translation>Sleutel uit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max parallel</source>
        <translation>Max. gelijktijdig</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <location filename="../ui/settings/ProvidersPage.cpp" line="+33"/>
        <source>Every piece (default)</source>
        <translation>Elk stuk (standaard)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Descriptions, FAQ, care, sizes</source>
        <translation>Omschrijvingen, FAQ, onderhoud, maten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SEO and tags</source>
        <translation>SEO en tags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social captions</source>
        <translation>Socialemediateksten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blog</source>
        <translation>Blog</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Let one model review its own work (only if you have a single model)</source>
        <translation>Eén model zijn eigen werk laten beoordelen (alleen als je maar één model hebt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keys stay out of the workspace: a key you enter is kept in the system keychain, bound to the provider&apos;s address; or a provider names an environment variable.</source>
        <translation>Sleutels blijven buiten de werkruimte: een sleutel die je invult wordt bewaard in de sleutelbos van het systeem, gebonden aan het adres van de aanbieder; of een aanbieder noemt een omgevingsvariabele.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who writes and who reviews</source>
        <translation>Wie schrijft en wie beoordeelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two different models must agree on every piece: the writer writes, the reviewer checks. A second provider in the list takes over when the first is down.</source>
        <translation>Twee verschillende modellen moeten het over elk stuk eens zijn: de schrijver schrijft, de beoordelaar controleert. Een tweede aanbieder in de lijst neemt het over als de eerste niet werkt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writer</source>
        <translation>Schrijver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer</source>
        <translation>Beoordelaar</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>With one model (a single Ollama model, say) nothing would pass the gate: this lets it review itself. The fact checks and the rubric still run, and every verdict says no second model looked. Weaker: add a second model when you can.</source>
        <translation>Met één model (bijvoorbeeld één Ollama-model) komt er niets door de poort: hiermee beoordeelt het zichzelf. De feitencontroles en de rubriek draaien nog steeds, en elk oordeel vermeldt dat er geen tweede model naar keek. Zwakker: voeg een tweede model toe zodra het kan.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>As the default</source>
        <translation>Zoals de standaard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Missing</source>
        <translation>Ontbreekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same model reviews itself (weaker)</source>
        <translation>Hetzelfde model beoordeelt zichzelf (zwakker)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same model: choose another reviewer, or allow it below</source>
        <translation>Hetzelfde model: kies een andere beoordelaar, of sta het hieronder toe</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Provider %1 saved.</source>
        <translation>Aanbieder %1 opgeslagen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Provider %1 saved; its key is in the system keychain.</source>
        <translation>Aanbieder %1 opgeslagen; de sleutel staat in de sleutelbos van het systeem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider %1 saved, but its key was not: %2</source>
        <translation>Aanbieder %1 opgeslagen, maar de sleutel niet: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 now writes and reviews. Add a second, different model as reviewer, or allow one model to review itself below.</source>
        <translation>%1 schrijft en beoordeelt nu. Voeg een tweede, ander model toe als beoordelaar, of sta hieronder toe dat één model zichzelf beoordeelt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 now writes every piece.</source>
        <translation>%1 schrijft nu elk stuk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 now reviews every piece.</source>
        <translation>%1 beoordeelt nu elk stuk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose it as a writer or reviewer below.</source>
        <translation>Kies hem hieronder als schrijver of beoordelaar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Provider %1 removed.</source>
        <translation>Aanbieder %1 verwijderd.</translation>
    </message>
</context>
<context>
    <name>Publications</name>
    <message>
        <location filename="../services/publishing/Publications.cpp" line="+135"/>
        <source>Publishing this product has not been approved (Approvals: publish the product).</source>
        <translation>Het publiceren van dit product is niet goedgekeurd (Goedkeuringen: publiceer het product).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The product changed since publishing was approved; it needs approving again.</source>
        <translation>Het product is gewijzigd sinds het publiceren werd goedgekeurd; het moet opnieuw worden goedgekeurd.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Version %1 of this page has not been approved.</source>
        <translation>Versie %1 van deze pagina is niet goedgekeurd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishing this site has not been approved.</source>
        <translation>Het publiceren van deze site is niet goedgekeurd.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>a blog post and the landing page</source>
        <translation>een blogbericht en de landingspagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the product listing</source>
        <translation>de productpagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 “%2” (%3): %4</source>
        <translation>%1 “%2” (%3): %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is nowhere to publish to yet: add a store or a site in Settings → Connections.</source>
        <translation>Er is nog nergens om naar te publiceren: voeg een winkel of site toe in Instellingen → Verbindingen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A generated site is published to a WordPress site.</source>
        <translation>Een gegenereerde site wordt op een WordPress-site gepubliceerd.</translation>
    </message>
</context>
<context>
    <name>PublicationsBox</name>
    <message>
        <location filename="../ui/panes/PublicationsBox.cpp" line="+21"/>
        <source>Publish…</source>
        <translation>Publiceren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpublish</source>
        <translation>Depubliceren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Publish to every connected store and site, after approval</source>
        <translation>Publiceren naar elke verbonden winkel en site, na goedkeuring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set it back to a draft everywhere it is published</source>
        <translation>Overal waar het gepubliceerd is terugzetten naar concept</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>blog post</source>
        <translation>blogbericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>landing page</source>
        <translation>landingspagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product</source>
        <translation>product</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>published %1</source>
        <translation>gepubliceerd %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting to publish</source>
        <translation>wacht op publicatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failed: %1</source>
        <translation>mislukt: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not published anywhere yet.</source>
        <translation>Nog nergens gepubliceerd.</translation>
    </message>
</context>
<context>
    <name>PublishActions</name>
    <message>
        <location filename="../services/publishing/PublishActions.cpp" line="+68"/>
        <source>The product no longer exists.</source>
        <translation>Het product bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is nowhere to publish to yet: add a store or a site in Settings → Connections.</source>
        <translation>Er is nog nergens om naar te publiceren: voeg een winkel of site toe in Instellingen → Verbindingen.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Publishing %1 to %n place(s).</source>
        <translation>
            <numerusform>%1 wordt op %n plek gepubliceerd.</numerusform>
            <numerusform>%1 wordt op %n plekken gepubliceerd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Publishing %1 already waits for a decision in Approvals.</source>
        <translation>Het publiceren van %1 wacht al op een besluit in Goedkeuringen.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Publish %1 to %n place(s)</source>
        <translation>
            <numerusform>%1 op %n plek publiceren</numerusform>
            <numerusform>%1 op %n plekken publiceren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the accepted listing, blog post and landing page live on every connected store and site.</source>
        <translation>De geaccepteerde productpagina, het blogbericht en de landingspagina live zetten op elke verbonden winkel en site.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 asked for it; its content passed the gate.</source>
        <translation>%1 vroeg erom; de inhoud is door de poort gekomen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Publishing %1 is waiting for approval (Approvals); it goes live once approved.</source>
        <translation>Het publiceren van %1 wacht op goedkeuring (Goedkeuringen); het gaat live zodra het is goedgekeurd.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Taking it down to a draft in %n place(s).</source>
        <translation>
            <numerusform>Het wordt op %n plek teruggezet naar concept.</numerusform>
            <numerusform>Het wordt op %n plekken teruggezet naar concept.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>That site no longer exists.</source>
        <translation>Die site bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is a concept for a lead&apos;s business: it is shown to them, not published on your site.</source>
        <translation>“%1” is een concept voor het bedrijf van een lead: het wordt aan hen getoond, niet op je eigen site gepubliceerd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not ready for approval: its chain has not finished or a part needs a person.</source>
        <translation>“%1” is nog niet klaar voor goedkeuring: de keten is niet klaar of een deel heeft een mens nodig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Publish the page “%1”</source>
        <translation>De pagina “%1” publiceren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the generated page live as a page on every connected WordPress site.</source>
        <translation>De gegenereerde pagina live zetten als pagina op elke verbonden WordPress-site.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publish the page “%1” (version %2)</source>
        <translation>De pagina “%1” publiceren (versie %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Publishing “%1” is waiting for approval (Approvals).</source>
        <translation>Het publiceren van “%1” wacht op goedkeuring (Goedkeuringen).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add a WordPress site in Settings → Connections to publish pages.</source>
        <translation>Voeg een WordPress-site toe in Instellingen → Verbindingen om pagina’s te publiceren.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Publishing the page to %n WordPress site(s).</source>
        <translation>
            <numerusform>De pagina wordt op %n WordPress-site gepubliceerd.</numerusform>
            <numerusform>De pagina wordt op %n WordPress-sites gepubliceerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishRun</name>
    <message>
        <location filename="../services/publishing/PublishRun.cpp" line="+100"/>
        <source>The publication no longer exists.</source>
        <translation>De publicatie bestaat niet meer.</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+22"/>
        <source>The connection was removed.</source>
        <translation>De verbinding is verwijderd.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The site no longer exists.</source>
        <translation>De site bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The site&apos;s page %1 cannot be read.</source>
        <translation>De pagina van de site %1 kan niet gelezen worden.</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+74"/>
        <source>The product no longer exists.</source>
        <translation>Het product bestaat niet meer.</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>An ad account is not a place to publish products to.</source>
        <translation>Naar een advertentieaccount worden geen producten gepubliceerd.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The product has no accepted description and SEO yet.</source>
        <translation>Het product heeft nog geen geaccepteerde beschrijving en SEO.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Buy now</source>
        <translation>Nu kopen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The %1 of %2 is not available: %3</source>
        <translation>De %1 van %2 is niet beschikbaar: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The application password of %1 is not available: %2</source>
        <translation>Het applicatiewachtwoord van %1 is niet beschikbaar: %2</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The image %1 cannot be read.</source>
        <translation>De afbeelding %1 kan niet gelezen worden.</translation>
    </message>
    <message>
        <location filename="../services/publishing/PublishRunWordPress.cpp" line="+16"/>
        <source>Published without the product&apos;s structured data: this WordPress user may not add scripts (the unfiltered_html capability). Connect as an administrator to include it.</source>
        <translation>Gepubliceerd zonder de gestructureerde gegevens van het product: deze WordPress-gebruiker mag geen scripts toevoegen (de bevoegdheid unfiltered_html). Maak verbinding als beheerder om ze mee te nemen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The product has no accepted blog draft.</source>
        <translation>Het product heeft geen geaccepteerd blogconcept.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Kept as edited in WordPress: %1.</source>
        <translation>Zoals in WordPress bewerkt gelaten: %1.</translation>
    </message>
    <message>
        <location filename="../services/publishing/PublishRun.cpp" line="+42"/>
        <source>Published to %1</source>
        <translation>Gepubliceerd naar %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not live on %1: kept as set there</source>
        <translation>Niet live op %1: gelaten zoals daar ingesteld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpublished</source>
        <translation>Gedepubliceerd</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Publishing to %1 failed: %2</source>
        <translation>Publiceren naar %1 is mislukt: %2</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../ui/dialogs/ReasonDialog.cpp" line="+23"/>
        <source>Why? Required: it is kept with the decision and tells the agent what to change.</source>
        <translation>Waarom? Verplicht: het wordt bij het besluit bewaard en vertelt de agent wat er anders moet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reject</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Enter rejects</source>
        <translation>Ctrl+Enter wijst af</translation>
    </message>
</context>
<context>
    <name>RegenerateDialog</name>
    <message>
        <location filename="../ui/dialogs/RegenerateDialog.cpp" line="+17"/>
        <source>Regenerate %1</source>
        <translation>%1 opnieuw genereren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The writer writes %1 again, with your instruction, and the piece goes through the agreement gate like any other: checks, the reviewer, at most three attempts.</source>
        <translation>De schrijver schrijft %1 opnieuw, met jouw instructie, en het stuk gaat door de overeenstemmingspoort zoals elk ander: controles, de beoordelaar, hoogstens drie pogingen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optional. For example: shorter, and mention that it comes in a gift box.</source>
        <translation>Optioneel. Bijvoorbeeld: korter, en vermeld dat het in een cadeaudoos komt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regenerate</source>
        <translation>Opnieuw genereren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Instruction for the writer</source>
        <translation>Instructie voor de schrijver</translation>
    </message>
</context>
<context>
    <name>Reorders</name>
    <message>
        <location filename="../services/storesync/Reorders.cpp" line="+102"/>
        <source>%1 on hand, at or below the threshold of %2. Nothing sold in the last %3 days, so this order only brings it back above the threshold: %4.</source>
        <translation>%1 op voorraad, op of onder de drempel van %2. De laatste %3 dagen is er niets verkocht, dus deze bestelling brengt de voorraad alleen weer boven de drempel: %4.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 on hand, at or below the threshold of %2. %3 sold in the last %4 days (%5 a day). A delivery takes %6 days, in which about %7 more sell; %8 days of sales after it arrives is about %9. Order %7 + %9 + %2 (the threshold, kept in reserve) − %1 on hand = %10.</source>
        <translation>%1 op voorraad, op of onder de drempel van %2. De laatste %4 dagen %3 verkocht (%5 per dag). Een levering duurt %6 dagen, waarin er nog ongeveer %7 verkocht worden; %8 dagen verkoop na aankomst is ongeveer %9. Bestel %7 + %9 + %2 (de drempel, als reserve) − %1 op voorraad = %10.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reorder %1 × %2</source>
        <translation>Nabestellen: %1 × %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) is running low. Approve it when you have placed the order with your supplier; Quorum does not order from suppliers.</source>
        <translation>%1 (%2) raakt op. Keur dit goed als je de bestelling bij je leverancier hebt geplaatst; Quorum bestelt niet bij leveranciers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stock levels read from the stores</source>
        <translation>voorraad zoals de winkels die melden</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>orders of the last %n day(s)</source>
        <translation>
            <numerusform>bestellingen van de laatste %n dag</numerusform>
            <numerusform>bestellingen van de laatste %n dagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../services/autopilot/ReportDocument.cpp" line="+54"/>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>high risk</source>
        <translation>hoog risico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>medium risk</source>
        <translation>gemiddeld risico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low risk</source>
        <translation>laag risico</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+289"/>
        <source>Revenue</source>
        <translation>Omzet</translation>
    </message>
    <message>
        <location line="-288"/>
        <location line="+239"/>
        <source>Refunds</source>
        <translation>Terugbetalingen</translation>
    </message>
    <message>
        <location line="-238"/>
        <location line="+288"/>
        <source>Gross profit</source>
        <translation>Brutowinst</translation>
    </message>
    <message>
        <location line="-287"/>
        <location line="+237"/>
        <location line="+56"/>
        <source>Ad spend</source>
        <translation>Advertentie-uitgaven</translation>
    </message>
    <message>
        <location line="-292"/>
        <location line="+66"/>
        <location line="+171"/>
        <location line="+56"/>
        <source>AI spend</source>
        <translation>AI-uitgaven</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>Left after ads and AI</source>
        <translation>Over na advertenties en AI</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the day before</source>
        <translation>de dag ervoor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the week before</source>
        <translation>de week ervoor</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What needs you</source>
        <translation>Wat jou nodig heeft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No proposal waits for a decision.</source>
        <translation>Er wacht geen voorstel op een beslissing.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n proposal(s) wait for a decision (%1); the oldest since %2.</source>
        <translation>
            <numerusform>%n voorstel wacht op een beslissing (%1); sinds %2.</numerusform>
            <numerusform>%n voorstellen wachten op een beslissing (%1); het oudste sinds %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alert, %1: %2</source>
        <translation>Melding, %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the agents did</source>
        <translation>Wat de agents deden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 on its own, %3 proposed to you</source>
        <translation>%1: %2 zelfstandig, %3 aan jou voorgesteld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agents proposed nothing.</source>
        <translation>De agents stelden niets voor.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>People approved %1 and rejected %2; the agents acted on their own %n time(s).</source>
        <translation>
            <numerusform>Mensen keurden %1 goed en wezen %2 af; de agents handelden %n keer zelfstandig.</numerusform>
            <numerusform>Mensen keurden %1 goed en wezen %2 af; de agents handelden %n keer zelfstandig.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failures and recoveries</source>
        <translation>Fouten en herstel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 jobs that ran into a failure healed by themselves (%3).</source>
        <translation>%1 van de %2 taken die op een fout stuitten, herstelden vanzelf (%3).</translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>%n alert(s) open: Settings → Autopilot lists them.</source>
        <translation>
            <numerusform>%n melding open: Instellingen → Automatische piloot toont haar.</numerusform>
            <numerusform>%n meldingen open: Instellingen → Automatische piloot toont ze.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Failed for good: %n “%1” job(s).</source>
        <translation>
            <numerusform>Definitief mislukt: %n „%1”-taak.</numerusform>
            <numerusform>Definitief mislukt: %n „%1”-taken.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing failed.</source>
        <translation>Niets mislukte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This month US$ %1 of the ceiling of US$ %2; at the last week&apos;s pace US$ %3 by the month&apos;s end.</source>
        <translation>Deze maand US$ %1 van het plafond van US$ %2; in het tempo van de afgelopen week US$ %3 aan het eind van de maand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This month US$ %1; at the last week&apos;s pace US$ %2 by the month&apos;s end (no ceiling set).</source>
        <translation>Deze maand US$ %1; in het tempo van de afgelopen week US$ %2 aan het eind van de maand (geen plafond ingesteld).</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No sales figures for these days: no store has synced its orders.</source>
        <translation>Geen verkoopcijfers voor deze dagen: geen winkel heeft zijn bestellingen gesynchroniseerd.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Daily report: %1</source>
        <translation>Dagrapport: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly report: %1</source>
        <translation>Weekrapport: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sales (%1; against %2)</source>
        <translation>Verkoop (%1; tegenover %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n bestelling</numerusform>
            <numerusform>%n bestellingen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+50"/>
        <source>Goals this month</source>
        <translation>Doelen deze maand</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+60"/>
        <source>The PDF attached has the charts. Quorum keeps every report in the workspace.</source>
        <translation>De bijgevoegde pdf heeft de grafieken. Quorum bewaart elk rapport in de werkruimte.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Sales</source>
        <translation>Verkoop</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Orders</source>
        <translation>Bestellingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out for want of a rate to %1: %2.</source>
        <translation>Weggelaten bij gebrek aan een koers naar %1: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>So far</source>
        <translation>Tot nu toe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By the month&apos;s end</source>
        <translation>Aan het eind van de maand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Revenue and gross profit per day</source>
        <translation>Omzet en brutowinst per dag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ad and AI spend per day</source>
        <translation>Advertentie- en AI-uitgaven per dag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A PDF is made by a Quorum with fonts: the desktop, “quorum serve” or “quorum report”.</source>
        <translation>Een pdf maakt een Quorum met lettertypen: het bureaublad, „quorum serve” of „quorum report”.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The PDF could not be written.</source>
        <translation>De pdf kon niet geschreven worden.</translation>
    </message>
</context>
<context>
    <name>ReportRun</name>
    <message>
        <location filename="../app/ReportRun.cpp" line="+46"/>
        <source>%1 has not ended yet: a report covers whole days up to yesterday.</source>
        <translation>%1 is nog niet voorbij: een rapport gaat over hele dagen tot en met gisteren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report cannot be made: %1</source>
        <translation>Het rapport kan niet gemaakt worden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made and kept in the workspace. Its e-mail and webhook, if set, go out with the next worker (quorum serve, or a desktop).</source>
        <translation>Gemaakt en bewaard in de werkruimte. De e-mail en webhook, als die ingesteld zijn, gaan mee met de volgende worker (quorum serve, of een bureaublad).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workspace had this report already (made earlier); nothing was sent again.</source>
        <translation>De werkruimte had dit rapport al (eerder gemaakt); er is niets opnieuw verstuurd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PDF cannot be written to %1: %2</source>
        <translation>De pdf kan niet naar %1 geschreven worden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF written to %1.</source>
        <translation>Pdf geschreven naar %1.</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location filename="../ui/dialogs/ReportsDialog.cpp" line="+41"/>
        <source>Make yesterday&apos;s report</source>
        <translation>Rapport van gisteren maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make last week&apos;s report</source>
        <translation>Rapport van vorige week maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open PDF</source>
        <translation>Pdf &amp;openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save PDF…</source>
        <translation>Pdf op&amp;slaan…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum makes a daily and a weekly report on the schedule set in Settings → Autopilot and keeps every one here; they are e-mailed as PDFs when an address is set.</source>
        <translation>Quorum maakt een dag- en een weekrapport volgens het schema in Instellingen → Automatische piloot en bewaart ze allemaal hier; als er een adres is ingesteld, worden ze als pdf gemaild.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Covers</source>
        <translation>Over</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No report yet</source>
        <translation>Nog geen rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first daily report comes the morning after Quorum has run, or make one now.</source>
        <translation>Het eerste dagrapport komt de ochtend nadat Quorum gedraaid heeft, of maak er nu een.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Save report</source>
        <translation>Rapport opslaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Daily</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weekly</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the autopilot</source>
        <translation>de automatische piloot</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The report could not be made: %1</source>
        <translation>Het rapport kon niet gemaakt worden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Made and kept. It is e-mailed if an address is set in Settings → Autopilot.</source>
        <translation>Gemaakt en bewaard. Het wordt gemaild als er een adres is ingesteld in Instellingen → Automatische piloot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This report was made already; here it is.</source>
        <translation>Dit rapport was al gemaakt; hier is het.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opened in the PDF viewer.</source>
        <translation>Geopend in de pdf-viewer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No PDF viewer opened it; the report is at %1.</source>
        <translation>Geen pdf-viewer opende het; het rapport staat in %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PDF could not be written to %1: %2</source>
        <translation>De pdf kon niet naar %1 geschreven worden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved to %1.</source>
        <translation>Opgeslagen in %1.</translation>
    </message>
</context>
<context>
    <name>RestClient</name>
    <message>
        <location filename="../services/commerce/RestClient.cpp" line="+39"/>
        <location line="+48"/>
        <source>the answer could not be read: %1</source>
        <translation>het antwoord kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>the server answered with a web page (HTTP %1) instead of the API; a firewall, a security plugin or a wrong address may be in the way</source>
        <translation>de server antwoordde met een webpagina (HTTP %1) in plaats van de API; mogelijk zit een firewall, een beveiligingsplug-in of een verkeerd adres in de weg</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>ReviewDesk</name>
    <message>
        <location filename="../services/shopagents/ReviewDesk.cpp" line="+160"/>
        <source>Needs product reviews: connect a WooCommerce store (Settings → Connections). Shopify&apos;s API gives no product reviews.</source>
        <translation>Heeft productreviews nodig: koppel een WooCommerce-winkel (Instellingen → Verbindingen). De API van Shopify levert geen productreviews.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The reviews were last synced %n day(s) ago.</source>
        <translation>
            <numerusform>De reviews zijn %n dag geleden voor het laatst gesynchroniseerd.</numerusform>
            <numerusform>De reviews zijn %n dagen geleden voor het laatst gesynchroniseerd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync the stores, then it reads them.</source>
        <translation>Synchroniseer de winkels, dan leest hij ze.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The draft&apos;s job ended without an answer.</source>
        <translation>De taak van het concept eindigde zonder antwoord.</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Read %n new review(s).</source>
        <translation>
            <numerusform>%n nieuwe review gelezen.</numerusform>
            <numerusform>%n nieuwe reviews gelezen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reviews this week.</source>
        <translation>Deze week geen reviews.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>This week %n review(s)</source>
        <translation>
            <numerusform>Deze week %n review</numerusform>
            <numerusform>Deze week %n reviews</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>praised: %1</source>
        <translation>geprezen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>complaints: %1</source>
        <translation>klachten: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Drafting %n repl(y/ies).</source>
        <translation>
            <numerusform>Schrijft %n antwoord.</numerusform>
            <numerusform>Schrijft %n antwoorden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CEO&apos;s plan gives it no AI budget today (its detail in the Agents pane says why): replies wait until there is budget.</source>
        <translation>Het plan van de CEO geeft vandaag geen AI-budget (de details in het deelvenster Agents zeggen waarom): antwoorden wachten tot er budget is.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today&apos;s AI budget is spent: replies wait until there is budget.</source>
        <translation>Het AI-budget van vandaag is op: antwoorden wachten tot er budget is.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n review(s) needing a reply are of products Quorum does not know: import them to draft replies.</source>
        <translation>
            <numerusform>%n review die een antwoord nodig heeft gaat over een product dat Quorum niet kent: importeer het om antwoorden te schrijven.</numerusform>
            <numerusform>%n reviews die een antwoord nodig hebben gaan over producten die Quorum niet kent: importeer ze om antwoorden te schrijven.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewReply</name>
    <message>
        <location filename="../services/shopagents/ReviewReply.cpp" line="+47"/>
        <source>a refund</source>
        <translation>een terugbetaling</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a discount</source>
        <translation>een korting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a replacement</source>
        <translation>een vervanging</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>something free</source>
        <translation>iets gratis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a gift</source>
        <translation>een cadeau</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>Writing the reply failed: %1</source>
        <translation>Het antwoord schrijven is mislukt: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No reviewer model differs from the writer. Two different models must agree: set a reviewer in Settings → Providers.</source>
        <translation>Geen beoordelend model verschilt van de schrijver. Twee verschillende modellen moeten het eens zijn: stel een beoordelaar in bij Instellingen → Providers.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking the reply failed: %1</source>
        <translation>Het antwoord controleren is mislukt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reviewer&apos;s answer was not the JSON asked for: %1</source>
        <translation>Het antwoord van de beoordelaar was niet de gevraagde JSON: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Reply to a %n-star review of %1</source>
        <translation>
            <numerusform>Antwoord op een review met %n ster over %1</numerusform>
            <numerusform>Antwoord op een review met %n sterren over %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A customer wrote: “%1”

Proposed reply: “%2”

Approving records the reply; Quorum does not post replies to the store: paste it under the review there.</source>
        <translation>Een klant schreef: ‘%1’

Voorgesteld antwoord: ‘%2’

Goedkeuren legt het antwoord vast; Quorum plaatst geen antwoorden in de winkel: plak het daar onder de review.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written by %1 and approved by %2 (attempt %3 of %4). The rule checks passed: length, offers within the brand&apos;s list, every number from the facts or the review.</source>
        <translation>Geschreven door %1 en goedgekeurd door %2 (poging %3 van %4). De regelcontroles zijn geslaagd: lengte, aanbiedingen binnen de lijst van het merk, elk getal uit de feiten of de review.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The review is about: %1.</source>
        <translation>De review gaat over: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review %1 in %2</source>
        <translation>review %1 in %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the facts of %1</source>
        <translation>de feiten van %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the brand profile (voice, what replies may offer)</source>
        <translation>het merkprofiel (stem, wat antwoorden mogen aanbieden)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Proposed a reply to a review of %1.</source>
        <translation>Een antwoord voorgesteld op een review van %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>No draft passed the checks in %n attempt(s): </source>
        <translation>
            <numerusform>Geen concept slaagde voor de controles in %n poging: </numerusform>
            <numerusform>Geen concept slaagde voor de controles in %n pogingen: </numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A review of %1 is left to a person. %2</source>
        <translation>Een review van %1 is aan een mens gelaten. %2</translation>
    </message>
    <message numerus="yes">
        <location line="+88"/>
        <source>The reply has %n word(s); it needs %1 to %2.</source>
        <translation>
            <numerusform>Het antwoord heeft %n woord; het moet er %1 tot %2 hebben.</numerusform>
            <numerusform>Het antwoord heeft %n woorden; het moet er %1 tot %2 hebben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The reply offers %1, which the brand&apos;s replies may not offer.</source>
        <translation>Het antwoord biedt %1 aan, wat antwoorden van het merk niet mogen aanbieden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The reply states %1, which neither the product&apos;s facts, the review nor the offers say.</source>
        <translation>Het antwoord noemt %1, wat niet in de feiten van het product, de review of de aanbiedingen staat.</translation>
    </message>
</context>
<context>
    <name>ReviewTopics</name>
    <message>
        <location filename="../services/shopagents/ReviewReading.cpp" line="+27"/>
        <source>fit and size</source>
        <translation>pasvorm en maat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>quality</source>
        <translation>kwaliteit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>material</source>
        <translation>materiaal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>colour and look</source>
        <translation>kleur en uiterlijk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>delivery</source>
        <translation>levering</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>price and value</source>
        <translation>prijs en waarde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>packaging</source>
        <translation>verpakking</translation>
    </message>
</context>
<context>
    <name>ReviewWeekModel</name>
    <message>
        <location filename="../models/ReviewModels.cpp" line="+270"/>
        <source>%1 (not in Quorum)</source>
        <translation>%1 (niet in Quorum)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stars</source>
        <translation>Sterren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Praised</source>
        <translation>Geprezen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaints</source>
        <translation>Klachten</translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <location line="-195"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stars</source>
        <translation>Sterren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The Review Desk drafts replies to reviews of the last 30 days, of products Quorum knows.</source>
        <translation>De Reviewbalie schrijft antwoorden op reviews van de laatste 30 dagen, over producten die Quorum kent.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not read yet</source>
        <translation>nog niet gelezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>negative</source>
        <translation>negatief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positive</source>
        <translation>positief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neutral</source>
        <translation>neutraal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drafting…</source>
        <translation>Wordt geschreven…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for approval</source>
        <translation>Wacht op goedkeuring</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left to you</source>
        <translation>Aan jou gelaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not drafted</source>
        <translation>Niet geschreven</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../ui/settings/ReviewsPage.cpp" line="+22"/>
        <source>Only reviews that need a reply</source>
        <translation>Alleen reviews die een antwoord nodig hebben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The product reviews of your stores, as the sync brings them in and the Review Desk reads them. For a complaint, a low rating or a question it drafts a reply, has a second model check it against the product&apos;s facts and what replies may offer (Brand), and puts it in Approvals. You post the approved reply in the store.</source>
        <translation>De productreviews van je winkels, zoals de synchronisatie ze binnenhaalt en de Reviewbalie ze leest. Bij een klacht, een lage score of een vraag schrijft hij een antwoord, laat een tweede model het toetsen aan de feiten van het product en aan wat antwoorden mogen aanbieden (Merk), en zet het bij Goedkeuringen. Het goedgekeurde antwoord plaats je zelf in de winkel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No reviews this week</source>
        <translation>Deze week geen reviews</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What customers praise and complain about per product appears here once reviews of the last seven days come in.</source>
        <translation>Wat klanten per product prijzen en waarover ze klagen verschijnt hier zodra er reviews van de laatste zeven dagen binnenkomen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search by product or text</source>
        <translation>Zoek op product of tekst</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No reviews</source>
        <translation>Geen reviews</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews appear here once a connected WooCommerce store has been synced. Shopify&apos;s API gives no product reviews.</source>
        <translation>Reviews verschijnen hier zodra een gekoppelde WooCommerce-winkel is gesynchroniseerd. De API van Shopify levert geen productreviews.</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <location filename="../services/approvals/ApprovalTypes.cpp" line="-73"/>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
</context>
<context>
    <name>RiskEngine</name>
    <message>
        <location filename="../services/approvals/RiskEngine.cpp" line="+126"/>
        <source>this action always needs a person</source>
        <translation>deze actie heeft altijd een persoon nodig</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no %1 given, so it cannot be judged</source>
        <translation>geen %1 opgegeven, dus het kan niet beoordeeld worden</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>the price before the change is unknown, so the change cannot be judged</source>
        <translation>de prijs vóór de wijziging is onbekend, dus de wijziging kan niet beoordeeld worden</translation>
    </message>
    <message numerus="yes">
        <location line="-36"/>
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n stuk</numerusform>
            <numerusform>%n stuks</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>margin %1 ≥ target %2 and confidence %3 ≥ %4</source>
        <translation>marge %1 ≥ doel %2 en zekerheid %3 ≥ %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>confidence %1 ≥ %2 (margin %3, target %4)</source>
        <translation>zekerheid %1 ≥ %2 (marge %3, doel %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>confidence %1 &lt; %2 (margin %3, target %4)</source>
        <translation>zekerheid %1 &lt; %2 (marge %3, doel %4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>confidence %1 &lt; %2, raised from %3; %4</source>
        <translation>zekerheid %1 &lt; %2, verhoogd vanaf %3; %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; the rule wants a person for every proposal</source>
        <translation>; de regel wil voor elk voorstel een persoon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the rule runs nothing without a person</source>
        <translation>; de regel voert niets uit zonder een persoon</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HIGH: no rule covers “%1”, so a person decides</source>
        <translation>HOOG: geen regel dekt “%1”, dus een persoon beslist</translation>
    </message>
</context>
<context>
    <name>RoasChart</name>
    <message>
        <location filename="../ui/panes/RoasChart.cpp" line="+49"/>
        <source>Select a campaign to see its ROAS over time.</source>
        <translation>Kies een campagne om het ROAS-verloop te zien.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rule acted</source>
        <translation>Regel greep in</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>ROAS (revenue ÷ ad spend)</source>
        <translation>ROAS (omzet ÷ uitgaven)</translation>
    </message>
</context>
<context>
    <name>RuleEngine</name>
    <message>
        <location filename="../services/campaigns/RuleEngine.cpp" line="+161"/>
        <source>The insights for %1 are not in yet; the rule waits for the sync.</source>
        <translation>De cijfers van %1 zijn nog niet binnen; de regel wacht op de synchronisatie.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Too little evidence: %1 spent, %2 purchases and %3 clicks over the window; the rule needs %4 and %5.</source>
        <translation>Te weinig bewijs: %1 besteed, %2 aankopen en %3 klikken in de periode; de regel vraagt %4 en %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 purchases or %2 clicks</source>
        <translation>%1 aankopen of %2 klikken</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n purchase(s)</source>
        <translation>
            <numerusform>%n aankoop</numerusform>
            <numerusform>%n aankopen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n click(s)</source>
        <translation>
            <numerusform>%n klik</numerusform>
            <numerusform>%n klikken</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ROAS is below the threshold, but there is no order value yet to judge the chance that the true ROAS is below break-even.</source>
        <translation>De ROAS ligt onder de drempel, maar er is nog geen orderwaarde om de kans te beoordelen dat de werkelijke ROAS onder het break-evenpunt ligt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ROAS is below %1, but the chance that the true ROAS is below break-even (%2) is %3 %, not the %4 % the rule asks for.</source>
        <translation>De ROAS ligt onder %1, maar de kans dat de werkelijke ROAS onder het break-evenpunt (%2) ligt is %3 %, niet de %4 % die de regel vraagt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It is in the learning phase; the rule leaves it alone until learning ends.</source>
        <translation>Het zit in de leerfase; de regel laat het met rust tot het leren klaar is.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>It was edited significantly %n hour(s) ago; the rule waits %1 hours after an edit.</source>
        <translation>
            <numerusform>Het is %n uur geleden ingrijpend gewijzigd; de regel wacht %1 uur na een wijziging.</numerusform>
            <numerusform>Het is %n uur geleden ingrijpend gewijzigd; de regel wacht %1 uur na een wijziging.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>It was acted on %n hour(s) ago; the cooldown is %1 hours.</source>
        <translation>
            <numerusform>Er is %n uur geleden op ingegrepen; de afkoeltijd is %1 uur.</numerusform>
            <numerusform>Er is %n uur geleden op ingegrepen; de afkoeltijd is %1 uur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The rule has taken its %n action(s) for today.</source>
        <translation>
            <numerusform>De regel heeft zijn %n actie voor vandaag gehad.</numerusform>
            <numerusform>De regel heeft zijn %n acties voor vandaag gehad.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It has no budget of its own (its campaign&apos;s budget is used).</source>
        <translation>Het heeft geen eigen budget (het budget van de campagne wordt gebruikt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It has no bid cap to change.</source>
        <translation>Het heeft geen biedlimiet om te wijzigen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Its bid is at the ceiling of %1.</source>
        <translation>Het bod zit op het plafond van %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its bid is at the lowest already.</source>
        <translation>Het bod zit al op het laagste punt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its budget is at the ceiling of %1.</source>
        <translation>Het budget zit op het plafond van %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account&apos;s daily budgets are at the ceiling of %1.</source>
        <translation>De dagbudgetten van het account zitten op het plafond van %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is at the smallest budget already.</source>
        <translation>Het zit al op het kleinste budget.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Pause “%1”: %2 over %3.</source>
        <translation>“%1” pauzeren: %2 over %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resume “%1”: %2 over %3, past the resume threshold.</source>
        <translation>“%1” hervatten: %2 over %3, voorbij de hervatdrempel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume “%1”: %2 over %3.</source>
        <translation>“%1” hervatten: %2 over %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget of “%1” from %2 to %3: %4 over %5.</source>
        <translation>Budget van “%1” van %2 naar %3: %4 over %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bid of “%1” from %2 to %3: %4 over %5.</source>
        <translation>Bod van “%1” van %2 naar %3: %4 over %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1”: %2 over %3.</source>
        <translation>“%1”: %2 over %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No object in the rule&apos;s scope has %1 data for %2.</source>
        <translation>Geen object binnen het bereik van de regel heeft %1-gegevens voor %2.</translation>
    </message>
</context>
<context>
    <name>RuleFindingsModel</name>
    <message>
        <location filename="../models/AdRulesModel.cpp" line="+36"/>
        <source>Held: %1</source>
        <translation>Tegengehouden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Would act (notify-only)</source>
        <translation>Zou ingrijpen (alleen melden)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not proposed</source>
        <translation>Niet voorgesteld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for a person</source>
        <translation>Wacht op een mens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed: %1</source>
        <translation>Mislukt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retrying: %1</source>
        <translation>Opnieuw proberen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done on Meta</source>
        <translation>Uitgevoerd bij Meta</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Every ad set</source>
        <translation>Elke advertentieset</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ad set</source>
        <translation>Advertentieset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it saw</source>
        <translation>Wat hij zag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What became of it</source>
        <translation>Wat ermee gebeurde</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../ui/settings/RulesPage.cpp" line="+43"/>
        <source>LOW below</source>
        <translation>LAAG onder</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>including the limit</source>
        <translation>inclusief de grens</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>MEDIUM below</source>
        <translation>GEMIDDELD onder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>LOW and MEDIUM run without a person</source>
        <translation>LAAG en GEMIDDELD worden zonder persoon uitgevoerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every proposal waits for a person</source>
        <translation>Elk voorstel wacht op een persoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owners</source>
        <translation>Eigenaars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approvers</source>
        <translation>Goedkeurders</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save as new version</source>
        <translation>Opslaan als nieuwe versie</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A proposal less confident than this is judged one level riskier</source>
        <translation>Een voorstel met minder zekerheid dan dit wordt één niveau riskanter beoordeeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> h</source>
        <translation> u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min before</source>
        <translation> min vooraf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LOW</source>
        <translation>LAAG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MEDIUM</source>
        <translation>GEMIDDELD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>Zekerheid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deciders</source>
        <translation>Beslissers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Risk levels</source>
        <translation>Risiconiveaus</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>LOW needs confidence of</source>
        <translation>LAAG vraagt een zekerheid van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MEDIUM needs confidence of</source>
        <translation>GEMIDDELD vraagt een zekerheid van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One level riskier below</source>
        <translation>Eén niveau riskanter onder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deciding</source>
        <translation>Beslissen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>May decide</source>
        <translation>Mag beslissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the deadline</source>
        <translation>Bij de deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn</source>
        <translation>Waarschuwen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applies to</source>
        <translation>Geldt voor</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After Approve or Reject the work waits this long; Undo (Ctrl+Z) takes the decision back until then. Owners change it.</source>
        <translation>Na Goedkeuren of Afwijzen wacht het werk zo lang; tot dan neemt Ongedaan maken (Ctrl+Z) het besluit terug. Eigenaren wijzigen dit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo window after a decision</source>
        <translation>Bedenktijd na een besluit</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot read the approval rules: %1</source>
        <translation>De goedkeuringsregels kunnen niet gelezen worden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every agent</source>
        <translation>Elke agent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1  (v%2)</source>
        <translation>%1  (v%2)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Judged by the %1 (an amount in the shop&apos;s currency); above MEDIUM it is HIGH.</source>
        <translation>Beoordeeld op de %1 (een bedrag in de valuta van de winkel); boven GEMIDDELD is het HOOG.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Judged by the %1 in percent against the current price; above MEDIUM it is HIGH.</source>
        <translation>Beoordeeld op de %1 in procenten ten opzichte van de huidige prijs; boven GEMIDDELD is het HOOG.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Judged by the margin against the brand&apos;s target and the agent&apos;s confidence.</source>
        <translation>Beoordeeld op de marge ten opzichte van het doel van het merk en de zekerheid van de agent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Judged by the %1 in units (how far the stock moves); above MEDIUM it is HIGH.</source>
        <translation>Beoordeeld op de %1 in stuks (hoe ver de voorraad verschuift); boven MIDDEL is het HOOG.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Always HIGH: %1.</source>
        <translation>Altijd HOOG: %1.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Saving makes a new version; proposals already judged keep the version they used.</source>
        <translation>Opslaan maakt een nieuwe versie; al beoordeelde voorstellen houden de versie die ze gebruikten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an owner changes approval rules; you are %1.</source>
        <translation>Alleen een eigenaar wijzigt goedkeuringsregels; jij bent %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved %1 as version %2.</source>
        <translation>%1 opgeslagen als versie %2.</translation>
    </message>
</context>
<context>
    <name>RunProgress</name>
    <message>
        <location filename="../ui/panes/RunProgress.cpp" line="+22"/>
        <source>Products being written in this batch. The time left appears once a few are done: it is estimated from the pace so far.</source>
        <translation>Producten die in deze reeks worden geschreven. De resterende tijd verschijnt zodra er een paar klaar zijn: hij wordt geschat uit het tempo tot nu toe.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 of %2 written</source>
        <translation>%1 van %2 geschreven</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n mislukt</numerusform>
            <numerusform>%n mislukt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>about %1 left</source>
        <translation>nog ongeveer %1</translation>
    </message>
</context>
<context>
    <name>RunStateBanner</name>
    <message>
        <location filename="../ui/widgets/RunStateBanner.cpp" line="+14"/>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;b&gt;Paused.&lt;/b&gt; No agent starts new work; work under way stopped at its next safe point and waits. Nothing is lost.</source>
        <translation>&lt;b&gt;Gepauzeerd.&lt;/b&gt; Geen enkele agent begint aan nieuw werk; lopend werk stopte op het eerstvolgende veilige punt en wacht. Er gaat niets verloren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Emergency stop.&lt;/b&gt; Every agent and worker is halted; nothing is sent or published until an owner resumes. Nothing is lost.</source>
        <translation>&lt;b&gt;Noodstop.&lt;/b&gt; Elke agent en elke worker staat stil; er wordt niets verstuurd of gepubliceerd tot een eigenaar hervat. Er gaat niets verloren.</translation>
    </message>
</context>
<context>
    <name>SalesSummaryModel</name>
    <message>
        <location filename="../models/SalesReportModels.cpp" line="-218"/>
        <source>Revenue</source>
        <translation>Omzet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>Bestellingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average order</source>
        <translation>Gemiddelde bestelling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunds</source>
        <translation>Terugbetaald</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost of goods</source>
        <translation>Kostprijs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gross profit</source>
        <translation>Brutowinst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ad spend</source>
        <translation>Advertentiekosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AI spend</source>
        <translation>AI-uitgaven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net after ads and AI</source>
        <translation>Netto na advertenties en AI</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no USD rate</source>
        <translation>geen USD-koers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The AI providers&apos; calls, priced in US dollars and converted at your rate.</source>
        <translation>De aanroepen van de AI-aanbieders, geprijsd in Amerikaanse dollars en omgerekend tegen uw koers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross profit less the ad spend and the AI spend.</source>
        <translation>Brutowinst min de advertentie-uitgaven en de AI-uitgaven.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI calls are priced in US dollars: enter a rate for USD to count them.</source>
        <translation>AI-aanroepen zijn geprijsd in Amerikaanse dollars: voer een koers voor USD in om ze mee te tellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cost is known for %1 of %2 items sold; the others count as free.</source>
        <translation>De kostprijs is bekend voor %1 van %2 verkochte artikelen; de andere tellen als gratis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period before: %1</source>
        <translation>De periode ervoor: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same period earlier: %1</source>
        <translation>Dezelfde periode eerder: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today so far</source>
        <translation>Vandaag tot nu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This period</source>
        <translation>Deze periode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vs yesterday</source>
        <translation>vs gisteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs the day before</source>
        <translation>vs de dag ervoor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vs previous period</source>
        <translation>vs vorige periode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vs same day last week</source>
        <translation>vs zelfde dag vorige week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vs a year earlier</source>
        <translation>vs een jaar eerder</translation>
    </message>
</context>
<context>
    <name>ScoutAgent</name>
    <message>
        <location filename="../services/shopagents/ScoutAgent.cpp" line="+213"/>
        <source>Needs orders: connect a store or import an orders export.</source>
        <translation>Heeft bestellingen nodig: koppel een winkel of importeer een bestellingenexport.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Needs %1 days of orders to compare two periods; the first is from %2.</source>
        <translation>Heeft %1 dagen aan bestellingen nodig om twee perioden te vergelijken; de eerste is van %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store orders, two periods of %1 days</source>
        <translation>Winkelbestellingen, twee perioden van %1 dagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product costs</source>
        <translation>Kostprijzen van producten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feature “%1”: units %2</source>
        <translation>“%1” uitlichten: stuks %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sold %2 units from %3 against %4 in the %5 days before (%6); its gross margin is %7 (the catalog&apos;s %8) and %9 of its sales were refunded. Chance the rise is not chance: %10.</source>
        <translation>%1 verkocht %2 stuks van %3 tegen %4 in de %5 dagen ervoor (%6); de brutomarge is %7 (die van de catalogus %8) en %9 van de verkoop is terugbetaald. Kans dat de stijging geen toeval is: %10.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>home page</source>
        <translation>startpagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put it in a newsletter instead</source>
        <translation>Zet het in plaats daarvan in een nieuwsbrief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it as it is</source>
        <translation>Laat het zoals het is</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retire “%1”: units %2</source>
        <translation>“%1” uit het assortiment: stuks %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sold %2 units from %3 against %4 in the %5 days before (%6); its gross margin is %7 and %8 of its sales were refunded. Chance the fall is not chance: %9.</source>
        <translation>%1 verkocht %2 stuks van %3 tegen %4 in de %5 dagen ervoor (%6); de brutomarge is %7 en %8 van de verkoop is terugbetaald. Kans dat de daling geen toeval is: %9.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customers who buy it again find it gone</source>
        <translation>Klanten die het opnieuw willen kopen, vinden het niet meer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower its price to clear the stock</source>
        <translation>Verlaag de prijs om de voorraad op te ruimen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it in the range</source>
        <translation>Houd het in het assortiment</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Bundle “%1” and “%2”</source>
        <translation>Bundel “%1” en “%2”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and %2 were bought together in %3 of the %4 orders with a catalog product in the last %5 days: %6 times as often as chance would put them together (%7 orders had the one, %8 the other). As a bundle at %9 (90 % of %10) with their costs added (%11), its margin is %12. Whether a bundle sells is not measured: a person decides.</source>
        <translation>%1 en %2 werden samen gekocht in %3 van de %4 bestellingen met een catalogusproduct in de laatste %5 dagen: %6 keer zo vaak als toeval ze samen zou brengen (%7 bestellingen hadden het ene, %8 het andere). Als bundel voor %9 (90 % van %10) met de kostprijzen opgeteld (%11) is de marge %12. Of een bundel verkoopt, is niet gemeten: een mens beslist.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A bundle of %1 and %2.</source>
        <translation>Een bundel van %1 en %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Store orders, %1 days</source>
        <translation>Winkelbestellingen, %1 dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show them together on both product pages</source>
        <translation>Toon ze samen op beide productpagina’s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave them apart</source>
        <translation>Laat ze los van elkaar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rising: %1; falling: %2.</source>
        <translation>Stijgend: %1; dalend: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Made %n proposal(s).</source>
        <translation>
            <numerusform>%n voorstel gedaan.</numerusform>
            <numerusform>%n voorstellen gedaan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretCache</name>
    <message>
        <location filename="../services/secrets/SecretCache.cpp" line="+42"/>
        <source>The environment variable %1 holds a secret Quorum keeps for a connection; a provider cannot use it. Name the provider&apos;s own variable or enter its key.</source>
        <translation>De omgevingsvariabele %1 bevat een geheim dat Quorum bewaart voor een verbinding; een aanbieder kan het niet gebruiken. Noem de eigen variabele van de aanbieder of vul de sleutel in.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The environment variable %1 is not set.</source>
        <translation>De omgevingsvariabele %1 is niet ingesteld.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The secret %1 belongs to something else and is not sent for it. Enter this one&apos;s own key.</source>
        <translation>Het geheim %1 hoort bij iets anders en wordt hiervoor niet verstuurd. Vul de eigen sleutel hiervan in.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The secret %1 is not available: it is not in the system keychain, or the keychain is locked.</source>
        <translation>Het geheim %1 is niet beschikbaar: het staat niet in de sleutelbos van het systeem, of de sleutelbos is vergrendeld.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The secret %1 was not saved for any address, so it is not sent to %2. Enter it again.</source>
        <translation>Het geheim %1 is niet voor een adres opgeslagen en wordt dus niet naar %2 gestuurd. Vul het opnieuw in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret %1 was saved for %2 and is only ever sent there, not to %3. The address changed: an owner must enter the secret again for the new address.</source>
        <translation>Het geheim %1 is opgeslagen voor %2 en gaat alleen daarheen, niet naar %3. Het adres is gewijzigd: een eigenaar moet het geheim opnieuw invullen voor het nieuwe adres.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Unknown kind of secret reference: %1</source>
        <translation>Onbekend soort verwijzing naar een geheim: %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../services/secrets/SecretStore.cpp" line="+56"/>
        <source>No keychain is available on this desktop (%1). Quorum keeps secrets only in the system keychain, never in a file: start a keyring (GNOME Keyring, KWallet), or set the environment variable %2 before starting Quorum to supply this secret for the session.</source>
        <translation>Er is geen sleutelbos beschikbaar op deze desktop (%1). Quorum bewaart geheimen alleen in de sleutelbos van het systeem, nooit in een bestand: start een sleutelbos (GNOME Keyring, KWallet), of zet de omgevingsvariabele %2 voordat je Quorum start om dit geheim voor de sessie op te geven.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The keychain refused to store the secret: %1</source>
        <translation>De sleutelbos weigerde het geheim op te slaan: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The keychain holds no secret for %1; enter it again.</source>
        <translation>De sleutelbos bevat geen geheim voor %1; vul het opnieuw in.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain could not be read: %1</source>
        <translation>De sleutelbos kon niet gelezen worden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The keychain could not remove %1: %2</source>
        <translation>De sleutelbos kon %1 niet verwijderen: %2</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <location filename="../services/shopagents/SegmentsAgent.cpp" line="+38"/>
        <source>champions</source>
        <translation>kampioenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loyal</source>
        <translation>trouw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>promising</source>
        <translation>veelbelovend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs attention</source>
        <translation>aandacht nodig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at risk</source>
        <translation>dreigt te vertrekken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hibernating</source>
        <translation>slapend</translation>
    </message>
</context>
<context>
    <name>SegmentsAgent</name>
    <message>
        <location line="+46"/>
        <source>Sync the stores, then it scores the customers.</source>
        <translation>Synchroniseer de winkels; daarna deelt hij de klanten in.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Needs paid orders from a store&apos;s customers: connect a store (Settings → Connections).</source>
        <translation>Heeft betaalde bestellingen van de klanten van een winkel nodig: verbind een winkel (Instellingen → Verbindingen).</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n customer(s) segmented: </source>
        <translation>
            <numerusform>%n klant ingedeeld: </numerusform>
            <numerusform>%n klanten ingedeeld: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n likely to leave (churn risk 50% or more).</source>
        <translation>
            <numerusform>%n zal waarschijnlijk vertrekken (kans op vertrek 50% of meer).</numerusform>
            <numerusform>%n zullen waarschijnlijk vertrekken (kans op vertrek 50% of meer).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeoAgent</name>
    <message>
        <location filename="../services/shopagents/SeoAgent.cpp" line="+126"/>
        <source>Traffic is not watched: no source of page views or search rankings is connected.</source>
        <translation>Verkeer wordt niet gevolgd: er is geen bron van paginaweergaven of zoekposities gekoppeld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs products in a store: publish a product the pipeline wrote.</source>
        <translation>Heeft producten in een winkel nodig: publiceer een product dat de pipeline schreef.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 (in %n places)</source>
        <translation>
            <numerusform>%1 (op %n plaats)</numerusform>
            <numerusform>%1 (op %n plaatsen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>And %n more.</source>
        <translation>
            <numerusform>En nog %n.</numerusform>
            <numerusform>En nog %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reviewer scored its SEO %1; the gate asks at least %2 now.</source>
        <translation>De beoordelaar gaf de SEO %1; de akkoordpoort vraagt nu minstens %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Refresh the content of “%1”: %n problem(s) against today&apos;s facts and checks</source>
        <translation>
            <numerusform>Vernieuw de inhoud van “%1”: %n probleem met de feiten en controles van vandaag</numerusform>
            <numerusform>Vernieuw de inhoud van “%1”: %n problemen met de feiten en controles van vandaag</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh the content of “%1”: its SEO score is below today&apos;s bar</source>
        <translation>Vernieuw de inhoud van “%1”: de SEO-score ligt onder de lat van vandaag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether a rewrite ranks better is not measured: a person decides.</source>
        <translation>Of herschrijven beter scoort in zoekmachines wordt niet gemeten: een persoon beslist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approving checks every piece again and has the writer rewrite what fails; the stores keep the published words until publishing the new ones is approved.</source>
        <translation>Goedkeuren controleert elk stuk opnieuw en laat de schrijver herschrijven wat niet slaagt; de winkels houden de gepubliceerde tekst tot het publiceren van de nieuwe is goedgekeurd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check every piece of %1 again against its facts and the gate; the writer rewrites what fails.</source>
        <translation>Controleer elk stuk van %1 opnieuw tegen de feiten en de akkoordpoort; de schrijver herschrijft wat niet slaagt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product facts</source>
        <translation>Productfeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The accepted content</source>
        <translation>De geaccepteerde inhoud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brand profile</source>
        <translation>Merkprofiel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gate settings</source>
        <translation>Instellingen van de akkoordpoort</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rewriting calls the AI models: it counts against the daily content budget</source>
        <translation>Herschrijven roept de AI-modellen aan: het telt mee in het dagbudget voor inhoud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until it passes the gate again the product is back in the pipeline</source>
        <translation>Tot het de akkoordpoort weer passeert, staat het product terug in de pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the facts if they changed by mistake</source>
        <translation>Corrigeer de feiten als ze per vergissing veranderd zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the content as it is</source>
        <translation>Laat de inhoud zoals hij is</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n product(s) in the store checked.</source>
        <translation>
            <numerusform>%n product in de winkel gecontroleerd.</numerusform>
            <numerusform>%n producten in de winkel gecontroleerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n with content that no longer holds up.</source>
        <translation>
            <numerusform>%n met inhoud die niet meer klopt.</numerusform>
            <numerusform>%n met inhoud die niet meer klopt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Proposed %n refresh(es).</source>
        <translation>
            <numerusform>%n vernieuwing voorgesteld.</numerusform>
            <numerusform>%n vernieuwingen voorgesteld.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing new to refresh.</source>
        <translation>Niets nieuws te vernieuwen.</translation>
    </message>
</context>
<context>
    <name>ServerRun</name>
    <message>
        <location filename="../app/ServerRun.cpp" line="+42"/>
        <source>%1 is not a Quorum workspace (it has no quorum.db and no %2). Create it in Quorum, or with “quorum migrate-workspace”, first.</source>
        <translation>%1 is geen Quorum-werkruimte (er staat geen quorum.db en geen %2 in). Maak hem eerst in Quorum, of met “quorum migrate-workspace”.</translation>
    </message>
    <message>
        <location filename="../app/ReportRun.cpp" line="-41"/>
        <location filename="../app/ServerRun.cpp" line="+8"/>
        <location filename="../app/StatusRun.cpp" line="+26"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Kan de werkruimte %1 niet openen: %2</translation>
    </message>
    <message>
        <location filename="../app/ServerRun.cpp" line="+5"/>
        <source>A worker cannot open the workspace: %1</source>
        <translation>Een worker kan de werkruimte niet openen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 received: stopping at a safe point; the jobs in hand go back to the queue.</source>
        <translation>%1 ontvangen: stopt op een veilig punt; de taken in handen gaan terug naar de wachtrij.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Quorum serves %1 with %n worker(s); pipeline %2. Stop it with Ctrl+C or SIGTERM.</source>
        <translation>
            <numerusform>Quorum bedient %1 met %n worker; pijplijn %2. Stop met Ctrl+C of SIGTERM.</numerusform>
            <numerusform>Quorum bedient %1 met %n workers; pijplijn %2. Stop met Ctrl+C of SIGTERM.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Quorum works on %1 with %n worker(s); pipeline %2. Stop it with Ctrl+C or SIGTERM.</source>
        <translation>
            <numerusform>Quorum werkt aan %1 met %n worker; pijplijn %2. Stop met Ctrl+C of SIGTERM.</numerusform>
            <numerusform>Quorum werkt aan %1 met %n workers; pijplijn %2. Stop met Ctrl+C of SIGTERM.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stopped.</source>
        <translation>Gestopt.</translation>
    </message>
    <message>
        <location filename="../app/ReportRun.cpp" line="-7"/>
        <location filename="../app/StatusRun.cpp" line="-6"/>
        <source>%1 is not a Quorum workspace (it has no quorum.db and no %2).</source>
        <translation>%1 is geen Quorum-werkruimte (er staat geen quorum.db en geen %2 in).</translation>
    </message>
    <message>
        <location line="+53"/>
        <location filename="../app/StatusRun.cpp" line="+17"/>
        <source>Cannot read the workspace %1: %2</source>
        <translation>Kan de werkruimte %1 niet lezen: %2</translation>
    </message>
</context>
<context>
    <name>ServerStatus</name>
    <message>
        <location filename="../services/server/ServerStatus.cpp" line="+26"/>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>worker</source>
        <translation>worker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>desktop</source>
        <translation>desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run-pipeline</source>
        <translation>run-pipeline</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>running</source>
        <translation>actief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under an emergency stop</source>
        <translation>in noodstop</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>store data</source>
        <translation>winkelgegevens</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ad figures</source>
        <translation>advertentiecijfers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>publishing</source>
        <translation>publiceren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>campaigns</source>
        <translation>campagnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agents</source>
        <translation>agents</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n u</numerusform>
            <numerusform>%n u</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The pipeline is under an emergency stop: an owner resumes it in Quorum.</source>
        <translation>De pijplijn staat in noodstop: een eigenaar hervat hem in Quorum.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n job(s) wait and no worker runs: start “quorum serve” or “quorum worker”, or open Quorum.</source>
        <translation>
            <numerusform>%n taak wacht en er draait geen worker: start “quorum serve” of “quorum worker”, of open Quorum.</numerusform>
            <numerusform>%n taken wachten en er draait geen worker: start “quorum serve” of “quorum worker”, of open Quorum.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The queue is stuck: a job has waited %1 while workers run.</source>
        <translation>De wachtrij zit vast: een taak wacht al %1 terwijl er workers draaien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2): the last sync failed: %3</source>
        <translation>%1 (%2): de laatste synchronisatie mislukte: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2): last synced %3 ago.</source>
        <translation>%1 (%2): %3 geleden voor het laatst gesynchroniseerd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 of %3 failed in the last day (%4; more than %5).</source>
        <translation>%1: %2 van %3 mislukt in het afgelopen etmaal (%4; meer dan %5).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not answer: its breaker is open in the %2 on %3.</source>
        <translation>%1 antwoordt niet: de stroomonderbreker staat open in de %2 op %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Workspace: %1 (schema %2)</source>
        <translation>Werkruimte: %1 (schema %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline: %1</source>
        <translation>Pijplijn: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processes: none has worked on this workspace in the last day.</source>
        <translation>Processen: geen enkel proces werkte het afgelopen etmaal aan deze werkruimte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processes:</source>
        <translation>Processen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>running for %1</source>
        <translation>draait al %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n worker</numerusform>
            <numerusform>%n workers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n job(s) in hand</source>
        <translation>
            <numerusform>%n taak in handen</numerusform>
            <numerusform>%n taken in handen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped %1 ago</source>
        <translation>%1 geleden gestopt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not heard from for %1 (stopped without a word: killed, or its machine is gone)</source>
        <translation>al %1 niets van gehoord (zonder bericht gestopt: afgebroken, of de machine is weg)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queue: %1 waiting (%2 due), %3 running</source>
        <translation>Wachtrij: %1 wachtend (%2 aan de beurt), %3 bezig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the oldest due job waits for %1</source>
        <translation>de oudste taak die aan de beurt is wacht al %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>  %n job(s) failed for good in the last day (Quorum shows them in the Pipeline).</source>
        <translation>
            <numerusform>  %n taak is het afgelopen etmaal definitief mislukt (Quorum toont hem in de Pijplijn).</numerusform>
            <numerusform>  %n taken zijn het afgelopen etmaal definitief mislukt (Quorum toont ze in de Pijplijn).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 of %3 failed</source>
        <translation>%1 %2 van %3 mislukt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the last day: %1</source>
        <translation>Afgelopen etmaal: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncs:</source>
        <translation>Synchronisaties:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>syncing now</source>
        <translation>synchroniseert nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed: %1</source>
        <translation>mislukt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last synced %1 ago</source>
        <translation>%1 geleden voor het laatst gesynchroniseerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not synced yet</source>
        <translation>nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All is well.</source>
        <translation>Alles in orde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs attention:</source>
        <translation>Vraagt aandacht:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="+52"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Providers</source>
        <translation>Aanbieders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brand</source>
        <translation>Merk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Knowledge</source>
        <translation>Kennisbank</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pipeline</source>
        <translation>Pijplijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval rules</source>
        <translation>Goedkeuringsregels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currencies</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pricing</source>
        <translation>Prijzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suppliers</source>
        <translation>Leveranciers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Autopilot</source>
        <translation>Automatische piloot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway</source>
        <translation>Externe agents</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Connections</source>
        <translation>Verbindingen</translation>
    </message>
</context>
<context>
    <name>SetupChecklistCard</name>
    <message>
        <location filename="../ui/panes/SetupChecklistCard.cpp" line="+19"/>
        <source>Set up a provider…</source>
        <translation>Aanbieder instellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the brand…</source>
        <translation>Merk beschrijven…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect a store…</source>
        <translation>Winkel koppelen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add or import products…</source>
        <translation>Producten toevoegen of importeren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Pipeline</source>
        <translation>Pijplijn openen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Each step ticks itself off as it is done. Nothing that costs money starts before an AI provider is set up.</source>
        <translation>Elke stap vinkt zichzelf af zodra hij gedaan is. Niets wat geld kost, start voordat er een AI-aanbieder is ingesteld.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Get started: %1 of %2 done</source>
        <translation>Aan de slag: %1 van %2 klaar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To do</source>
        <translation>Te doen</translation>
    </message>
</context>
<context>
    <name>SetupState</name>
    <message>
        <location filename="../services/pipeline/SetupState.cpp" line="+47"/>
        <source>One model writes and reviews its own work (%1). The fact checks and the rubric still run, but a second model catches more: add a different one as reviewer when you can.</source>
        <translation>Eén model schrijft en beoordeelt zijn eigen werk (%1). De feitencontroles en de rubriek draaien nog steeds, maar een tweede model ziet meer: voeg zodra het kan een ander model toe als beoordelaar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No AI provider is set up to write. Add one in Settings → Providers (and test it there) first.</source>
        <translation>Er is geen AI-aanbieder ingesteld om te schrijven. Voeg er eerst een toe bij Instellingen → Aanbieders (en test hem daar).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No AI provider is set up to review what is written. Choose one as reviewer in Settings → Providers.</source>
        <translation>Er is geen AI-aanbieder ingesteld om te beoordelen wat er geschreven wordt. Kies er een als beoordelaar bij Instellingen → Aanbieders.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The same model would write and review its own work, and two different models must agree. Add a second model as reviewer in Settings → Providers, or allow one-model review there.</source>
        <translation>Hetzelfde model zou zijn eigen werk schrijven en beoordelen, en twee verschillende modellen moeten het eens zijn. Voeg in Instellingen → Aanbieders een tweede model toe als beoordelaar, of sta daar beoordeling door één model toe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The providers cannot be read: %1</source>
        <translation>De aanbieders kunnen niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connect an AI provider</source>
        <translation>Koppel een AI-aanbieder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writes: %1 · Reviews: %2</source>
        <translation>Schrijft: %1 · Beoordeelt: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paste a key (OpenAI, Anthropic, Gemini) or point at a local Ollama, test it, and choose who writes and who reviews.</source>
        <translation>Plak een sleutel (OpenAI, Anthropic, Gemini) of wijs naar een lokale Ollama, test hem, en kies wie schrijft en wie beoordeelt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Describe your brand&apos;s voice</source>
        <translation>Beschrijf de stem van je merk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The writers follow it, with your banned and required words.</source>
        <translation>De schrijvers volgen hem, met je verboden en verplichte woorden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How your shop sounds, words to avoid, the language you write in.</source>
        <translation>Hoe je winkel klinkt, woorden om te vermijden, de taal waarin je schrijft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect a store</source>
        <translation>Koppel een winkel</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n store(s) or site(s) connected.</source>
        <translation>
            <numerusform>%n winkel of site gekoppeld.</numerusform>
            <numerusform>%n winkels of sites gekoppeld.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WooCommerce, Shopify or WordPress: where approved listings are published. Optional until you publish.</source>
        <translation>WooCommerce, Shopify of WordPress: waar goedgekeurde productpagina’s gepubliceerd worden. Optioneel tot je publiceert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add your first products</source>
        <translation>Voeg je eerste producten toe</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n product(s) in the workspace.</source>
        <translation>
            <numerusform>%n product in de werkruimte.</numerusform>
            <numerusform>%n producten in de werkruimte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add one by hand or import a CSV export from your store.</source>
        <translation>Voeg er een met de hand toe of importeer een CSV-export van je winkel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let the AI write the first listing</source>
        <translation>Laat de AI de eerste productpagina schrijven</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done: see the Pipeline and the Approvals.</source>
        <translation>Klaar: zie de pijplijn en de goedkeuringen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a product in the Pipeline and press Run. What it costs shows in the AI cost column.</source>
        <translation>Selecteer een product in de pijplijn en klik op Starten. Wat het kost, zie je in de kolom AI-kosten.</translation>
    </message>
</context>
<context>
    <name>ShopifyClient</name>
    <message>
        <location filename="../services/commerce/ShopifyClient.cpp" line="+136"/>
        <source>no Admin API at this address (check the shop domain and API version)</source>
        <translation>geen Admin API op dit adres (controleer het winkeldomein en de API-versie)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the answer could not be read: %1</source>
        <translation>het antwoord kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>throttled by the store&apos;s API rate limit; Quorum waits and retries</source>
        <translation>afgeremd door de API-limiet van de winkel; Quorum wacht en probeert het opnieuw</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../ui/widgets/CommandPalette.cpp" line="+57"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approvals: next / previous proposal</source>
        <translation>Goedkeuringen: volgend / vorig voorstel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approvals: approve, reject, modify</source>
        <translation>Goedkeuringen: goedkeuren, afwijzen, wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline: archive the selected products (Ctrl+Z undoes)</source>
        <translation>Pijplijn: de geselecteerde producten archiveren (Ctrl+Z maakt ongedaan)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Navigation rail: previous / next pane</source>
        <translation>Navigatiebalk: vorig / volgend paneel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Up / Down</source>
        <translation>Omhoog / Omlaag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
</context>
<context>
    <name>SiteActions</name>
    <message>
        <location filename="../services/sites/SiteActions.cpp" line="+17"/>
        <source>This site is being generated already.</source>
        <translation>Deze site wordt al gegenereerd.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The shop has no products yet: add or import them first.</source>
        <translation>De winkel heeft nog geen producten: voeg ze eerst toe of importeer ze.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The collection %1 has no products.</source>
        <translation>De collectie %1 heeft geen producten.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>That lead is marked do not contact: no concept is written for them.</source>
        <translation>Die lead is gemarkeerd als niet benaderen: er wordt geen concept voor geschreven.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That lead is no longer in the workspace.</source>
        <translation>Die lead staat niet meer in de werkruimte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That product is no longer in the workspace.</source>
        <translation>Dat product staat niet meer in de werkruimte.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+26"/>
        <source>That part of the site no longer exists.</source>
        <translation>Dat deel van de site bestaat niet meer.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>%1 is locked: unlock it to write it again.</source>
        <translation>%1 is vergrendeld: ontgrendel het om het opnieuw te laten schrijven.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Only a part both models accepted can be locked.</source>
        <translation>Alleen een deel dat beide modellen accepteerden kan worden vergrendeld.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>That site no longer exists.</source>
        <translation>Die site bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>SiteCardDelegate</name>
    <message>
        <location filename="../ui/delegates/SiteCardDelegate.cpp" line="+119"/>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs a person</source>
        <translation>Heeft een mens nodig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generating</source>
        <translation>Wordt gegenereerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · v%2</source>
        <translation>%1 · v%2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not published yet</source>
        <translation>Nog niet gepubliceerd</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Shows the whole shop</source>
        <translation>Toont de hele winkel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the collection %1</source>
        <translation>Toont de collectie %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concept for %1</source>
        <translation>Conceptsite voor %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Features %1</source>
        <translation>Met %1</translation>
    </message>
</context>
<context>
    <name>SiteChecks</name>
    <message>
        <location filename="../services/sites/SiteChecks.cpp" line="+192"/>
        <source>States a discount (“%1”) but the product is not on sale.</source>
        <translation>Noemt een korting (“%1”) maar het product is niet in de aanbieding.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>States a rating (“%1”) but the product has no reviews.</source>
        <translation>Noemt een beoordeling (“%1”) maar het product heeft geen reviews.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>States a rating of %1; the product&apos;s reviews average %2.</source>
        <translation>Noemt een beoordeling van %1; de reviews van het product geven gemiddeld %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Quotes a customer (“%1”) in words no review of the product contains.</source>
        <translation>Citeert een klant (“%1”) met woorden die in geen enkele review van het product staan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The markup does not parse (line %1: %2). Close every element, quote every attribute value and write void elements as &lt;br/&gt;.</source>
        <translation>De opmaak is niet te lezen (regel %1: %2). Sluit elk element, zet elke attribuutwaarde tussen aanhalingstekens en schrijf lege elementen als &lt;br/&gt;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Has an event handler (%1); the page runs no scripts.</source>
        <translation>Heeft een event-handler (%1); de pagina voert geen scripts uit.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Contains &lt;%1&gt;: a section is text and structure only (no scripts, frames, media, forms or styles of its own; its look comes from the design tokens).</source>
        <translation>Bevat &lt;%1&gt;: een sectie is alleen tekst en structuur (geen eigen scripts, frames, media, formulieren of stijlen; het uiterlijk komt uit de ontwerptokens).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Has the attribute %1; a section uses only id, class, href, src (images), alt, title, lang, width and height, so its colours, fonts and pictures are the design&apos;s and the product&apos;s.</source>
        <translation>Heeft het attribuut %1; een sectie gebruikt alleen id, class, href, src (afbeeldingen), alt, title, lang, width en height, zodat kleuren, lettertypen en afbeeldingen die van het ontwerp en het product zijn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contains a %1: a section has no comments, CDATA or processing instructions (a browser reads them differently from the check).</source>
        <translation>Bevat een %1: een sectie heeft geen commentaar, CDATA of verwerkingsinstructies (een browser leest ze anders dan de controle).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Heading h%1 follows h%2: heading levels must not skip.</source>
        <translation>Kop h%1 volgt op h%2: kopniveaus mogen niet overslaan.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Pairs %1 with %2, but the design has no colour for one of them.</source>
        <translation>Combineert %1 met %2, maar het ontwerp heeft voor een van beide geen kleur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 text on %2 (%3 on %4) has a contrast of %5:1; WCAG AA needs 4.5:1.</source>
        <translation>Tekst in %1 op %2 (%3 op %4) heeft een contrast van %5:1; WCAG AA vraagt 4,5:1.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Rests “%1” on reviews, but the product has none.</source>
        <translation>Baseert “%1” op reviews, maar het product heeft er geen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Plans the section “%1” twice.</source>
        <translation>Plant de sectie “%1” twee keer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The page must open with its hero section.</source>
        <translation>De pagina moet openen met de openingssectie (hero).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plans a reviews section, but the product has no reviews to show.</source>
        <translation>Plant een sectie met reviews, maar het product heeft geen reviews om te tonen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” is not a colour written as #RRGGBB.</source>
        <translation>“%1” is geen kleur geschreven als #RRGGBB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names two colours “%1”.</source>
        <translation>Noemt twee kleuren “%1”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gives the role “%1” to two colours.</source>
        <translation>Geeft de rol “%1” aan twee kleuren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Has no colour for the role “%1”.</source>
        <translation>Heeft geen kleur voor de rol “%1”.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is not a font family name (letters, digits, spaces and hyphens).</source>
        <translation>“%1” is geen naam van een lettertypefamilie (letters, cijfers, spaties en koppeltekens).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 type falls back to “%2”; a fallback must be a family every reader has (%3).</source>
        <translation>De %1-letter valt terug op “%2”; een terugval moet een familie zijn die elke lezer heeft (%3).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The primary colour %1 is neither in the brand palette (%2) nor derived from one of its colours.</source>
        <translation>De hoofdkleur %1 staat niet in het merkpalet (%2) en is ook niet afgeleid van een van de kleuren daarin.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A section is one &lt;section&gt; element with everything inside it.</source>
        <translation>Een sectie is één &lt;section&gt;-element met alles daarbinnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The image %1 has no alt text.</source>
        <translation>De afbeelding %1 heeft geen alt-tekst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the image “%1”, which is not one of the product&apos;s images: never invent an address.</source>
        <translation>Toont de afbeelding “%1”, die niet bij de afbeeldingen van het product hoort: verzin nooit een adres.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Links to “%1”; a section links only to the page&apos;s own sections or to the product (%2).</source>
        <translation>Linkt naar “%1”; een sectie linkt alleen naar de eigen secties van de pagina of naar het product (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hero section carries the page&apos;s one h1.</source>
        <translation>De openingssectie (hero) draagt de enige h1 van de pagina.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the hero section has an h1; this one starts at h2.</source>
        <translation>Alleen de openingssectie heeft een h1; deze begint bij h2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The page loads a script from elsewhere.</source>
        <translation>De pagina laadt een script van elders.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The page has %1 h1 headings; it needs exactly one.</source>
        <translation>De pagina heeft %1 h1-koppen; er moet er precies één zijn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The page weighs %1 KB; the budget is %2 KB.</source>
        <translation>De pagina weegt %1 KB; het budget is %2 KB.</translation>
    </message>
</context>
<context>
    <name>SiteDetailDialog</name>
    <message>
        <location filename="../ui/dialogs/SiteDetailDialog.cpp" line="+34"/>
        <source>Write again</source>
        <translation>Opnieuw schrijven</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+108"/>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Run the chain again</source>
        <translation>De keten opnieuw starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open page</source>
        <translation>Pagina openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview…</source>
        <translation>Voorbeeld…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Instruction for the selected part, e.g. “shorter; mention the gift box”</source>
        <translation>Instructie voor het gekozen deel, bijv. “korter; noem de cadeauverpakking”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writes only the selected part again, with your instruction; the other parts stay.</source>
        <translation>Schrijft alleen het gekozen deel opnieuw, met je instructie; de andere delen blijven.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A locked part is never written again until you unlock it.</source>
        <translation>Een vergrendeld deel wordt pas weer geschreven als je het ontgrendelt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The page at a phone&apos;s, a tablet&apos;s and a desktop&apos;s width; compare two versions</source>
        <translation>De pagina op de breedte van een telefoon, een tablet en een desktop; vergelijk twee versies</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The site&apos;s chain runs again from where it stopped.</source>
        <translation>De keten van de site loopt weer vanaf waar hij stopte.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Site: %1</source>
        <translation>Site: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · page version %2</source>
        <translation>%1 · paginaversie %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing the part again; the others stay as they are.</source>
        <translation>Het deel wordt opnieuw geschreven; de andere blijven zoals ze zijn.</translation>
    </message>
</context>
<context>
    <name>SiteJobs</name>
    <message>
        <location filename="../services/sites/SiteJobs.cpp" line="+92"/>
        <source>No thumbnail: the page version is gone.</source>
        <translation>Geen miniatuur: de paginaversie bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>SitePreviewDialog</name>
    <message>
        <location filename="../ui/dialogs/SitePreviewDialog.cpp" line="+26"/>
        <source>Phone (%1 px)</source>
        <translation>Telefoon (%1 px)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tablet (%1 px)</source>
        <translation>Tablet (%1 px)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop (%1 px)</source>
        <translation>Desktop (%1 px)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preview: %1</source>
        <translation>Voorbeeld: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Three widths</source>
        <translation>Drie breedtes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1 · %2</source>
        <translation>Versie %1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare with version %1</source>
        <translation>Vergelijken met versie %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open in browser</source>
        <translation>In browser openen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No picture of this width.</source>
        <translation>Geen afbeelding van deze breedte.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This site has no assembled page yet.</source>
        <translation>Deze site heeft nog geen samengestelde pagina.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pictures of this version are being taken…</source>
        <translation>De afbeeldingen van deze versie worden gemaakt…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Version %1 and version %2 at a desktop&apos;s width.</source>
        <translation>Versie %1 en versie %2 op de breedte van een desktop.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As headless Chromium renders it at a phone&apos;s, a tablet&apos;s and a desktop&apos;s width.</source>
        <translation>Zoals headless Chromium hem weergeeft op de breedte van een telefoon, een tablet en een desktop.</translation>
    </message>
</context>
<context>
    <name>SiteRun</name>
    <message>
        <location filename="../services/sites/SiteRun.cpp" line="+153"/>
        <source>The product, collection or lead this site was written about is gone.</source>
        <translation>Het product, de collectie of de lead waarover deze site geschreven is, bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The site or its product was deleted.</source>
        <translation>De site of het product ervan is verwijderd.</translation>
    </message>
    <message numerus="yes">
        <location line="+203"/>
        <source>The assembled page fails %n check(s).</source>
        <translation>
            <numerusform>De samengestelde pagina faalt voor %n controle.</numerusform>
            <numerusform>De samengestelde pagina faalt voor %n controles.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Will try again: %1</source>
        <translation>Probeert het opnieuw: %1</translation>
    </message>
</context>
<context>
    <name>SiteSpec</name>
    <message>
        <location filename="../services/sites/SiteSpec.cpp" line="+49"/>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products</source>
        <translation>Producten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Benefits</source>
        <translation>Voordelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call to action</source>
        <translation>Oproep tot actie</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Brief (analyst)</source>
        <translation>Briefing (analist)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concept</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Design tokens (art director)</source>
        <translation>Ontwerptokens (art director)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section: %1</source>
        <translation>Sectie: %1</translation>
    </message>
</context>
<context>
    <name>SiteStore</name>
    <message>
        <location filename="../services/sites/SiteStore.cpp" line="+23"/>
        <source>Queued</source>
        <translation>In de wachtrij</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analyst writes the brief</source>
        <translation>Analist schrijft de briefing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concept</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Art director sets the design</source>
        <translation>Art director bepaalt het ontwerp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Architect builds the sections</source>
        <translation>Architect bouwt de secties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready for approval</source>
        <translation>Klaar voor goedkeuring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs a person</source>
        <translation>Heeft een mens nodig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not be generated</source>
        <translation>Kon niet worden gegenereerd</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The whole shop</source>
        <translation>De hele winkel</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Cannot write the page %1: %2</source>
        <translation>Kan de pagina %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>SiteUnitsModel</name>
    <message>
        <location filename="../models/SiteUnitsModel.cpp" line="+87"/>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock</source>
        <translation>Slot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last problem</source>
        <translation>Laatste probleem</translation>
    </message>
</context>
<context>
    <name>SitesPane</name>
    <message>
        <location filename="../ui/panes/SitesPane.cpp" line="+35"/>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landing pages and collections generated from your products, and the leads you could build sites for.</source>
        <translation>Landingspagina’s en collecties gemaakt van je producten, en de leads voor wie je sites kunt bouwen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search sites…</source>
        <translation>Sites zoeken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All sites</source>
        <translation>Alle sites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafts</source>
        <translation>Concepten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open page</source>
        <translation>Pagina openen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish as a WordPress page</source>
        <translation>Publiceren als WordPress-pagina</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parts and versions…</source>
        <translation>Onderdelen en versies…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generate site…</source>
        <translation>Site genereren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a landing page for a product: brief, concept, design, sections, each checked</source>
        <translation>Laat een landingspagina schrijven voor een product: briefing, concept, ontwerp, secties, elk gecontroleerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parts…</source>
        <translation>Onderdelen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected site&apos;s parts: their checks, versions and locks; write one again</source>
        <translation>De onderdelen van de gekozen site: hun controles, versies en sloten; laat er een opnieuw schrijven</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish…</source>
        <translation>Publiceren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected page goes live as a page on your WordPress sites (after approval)</source>
        <translation>De gekozen pagina gaat live als pagina op je WordPress-sites (na goedkeuring)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No sites generated yet</source>
        <translation>Nog geen sites gegenereerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click Generate site… to have a landing page written for a product. A published product also gets its page on your WordPress site: see Published in the product&apos;s detail.</source>
        <translation>Klik op Site genereren… om een landingspagina voor een product te laten schrijven. Een gepubliceerd product krijgt ook zijn pagina op je WordPress-site: zie Gepubliceerd in de details van het product.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No site matches</source>
        <translation>Geen site gevonden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the search or show all sites.</source>
        <translation>Wis de zoekopdracht of toon alle sites.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Gallery</source>
        <translation>Galerij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select a site to see its parts.</source>
        <translation>Kies een site om de delen te zien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” was not written by the site factory: it has no parts to show.</source>
        <translation>“%1” is niet door de sitefabriek geschreven: er zijn geen delen om te tonen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a site to publish.</source>
        <translation>Kies een site om te publiceren.</translation>
    </message>
</context>
<context>
    <name>SmallFile</name>
    <message>
        <location filename="../services/core/SmallFile.cpp" line="+16"/>
        <source>Cannot open %1: %2</source>
        <translation>Kan %1 niet openen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 is groter dan %2 MB.</translation>
    </message>
</context>
<context>
    <name>SocialActions</name>
    <message>
        <location filename="../services/social/SocialActions.cpp" line="+119"/>
        <source>The product was removed.</source>
        <translation>Het product is verwijderd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” has no accepted social captions yet.</source>
        <translation>“%1” heeft nog geen goedgekeurde teksten voor sociale media.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the captions hold no text for this platform.</source>
        <translation>%1: de teksten hebben niets voor dit platform.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the same text is planned within a day already.</source>
        <translation>%1: dezelfde tekst staat al binnen een dag gepland.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Post about “%1”</source>
        <translation>Bericht over “%1”</translation>
    </message>
</context>
<context>
    <name>SocialAgent</name>
    <message>
        <location filename="../services/shopagents/SocialAgent.cpp" line="+140"/>
        <source>Needs products in a store with accepted social posts: publish a product the pipeline wrote.</source>
        <translation>Heeft producten in een winkel met geaccepteerde berichten voor sociale media nodig: publiceer een product dat de pijplijn schreef.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No orders yet: only new products are posted about.</source>
        <translation>Nog geen bestellingen: alleen over nieuwe producten komen berichten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only new products are posted about until they are synced.</source>
        <translation>Tot ze gesynchroniseerd zijn, komen alleen over nieuwe producten berichten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fewer than %1 days of orders: only new products are posted about.</source>
        <translation>Minder dan %1 dagen bestellingen: alleen over nieuwe producten komen berichten.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Fewer than %1 paid orders in the last %2 days to read when customers buy: the evening, %3.</source>
        <translation>Minder dan %1 betaalde bestellingen in de laatste %2 dagen om af te lezen wanneer klanten kopen: de avond, %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Post about “%1”: it is selling more</source>
        <translation>Bericht over “%1”: het verkoopt meer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Store orders, two periods of %1 days</source>
        <translation>Winkelbestellingen, twee perioden van %1 dagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Post about “%1”: new in the store</source>
        <translation>Bericht over “%1”: nieuw in de winkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was first published on %2 and has not been posted about. Whether a post sells is not measured: a person decides.</source>
        <translation>%1 werd voor het eerst gepubliceerd op %2 en er is nog geen bericht over geplaatst. Of een bericht verkoopt, wordt niet gemeten: een persoon beslist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publications</source>
        <translation>Publicaties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The social posts the pipeline wrote and the gate passed</source>
        <translation>De berichten voor sociale media die de pijplijn schreef en de poort doorliet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid orders by hour</source>
        <translation>Betaalde bestellingen per uur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock</source>
        <translation>Voorraad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post it on %1: %2</source>
        <translation>Plaats het op %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-42"/>
        <source>Of the last %1 days&apos; %Ln paid order(s), the most were placed in the hour from %2 (%L3).</source>
        <translation>
            <numerusform>Van de %Ln betaalde bestelling van de laatste %1 dagen werden de meeste geplaatst in het uur vanaf %2 (%L3).</numerusform>
            <numerusform>Van de %Ln betaalde bestellingen van de laatste %1 dagen werden de meeste geplaatst in het uur vanaf %2 (%L3).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 sold %L2 units in the last %3 days against %L4 in the %3 days before; chance the rise is not chance: %5.</source>
        <translation>%1 verkocht %L2 stuks in de laatste %3 dagen tegen %L4 in de %3 dagen daarvoor; kans dat de stijging geen toeval is: %5.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%L1 units in stock.</source>
        <translation>%L1 stuks op voorraad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The post the pipeline wrote for %1, for Instagram, Facebook and X.</source>
        <translation>Het bericht dat de pijplijn voor %1 schreef, voor Instagram, Facebook en X.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A post speaks for the shop in public</source>
        <translation>Een bericht spreekt in het openbaar namens de winkel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quorum knows no link to the product in the store: add it before posting</source>
        <translation>Quorum kent geen link naar het product in de winkel: voeg die toe voordat je het plaatst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put it in a newsletter instead</source>
        <translation>Zet het in plaats daarvan in een nieuwsbrief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for the next run</source>
        <translation>Wacht op de volgende ronde</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n product(s) in the store with social posts.</source>
        <translation>
            <numerusform>%n product in de winkel met berichten voor sociale media.</numerusform>
            <numerusform>%n producten in de winkel met berichten voor sociale media.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n left out: out of stock.</source>
        <translation>
            <numerusform>%n weggelaten: niet op voorraad.</numerusform>
            <numerusform>%n weggelaten: niet op voorraad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Proposed %n post(s).</source>
        <translation>
            <numerusform>%n bericht voorgesteld.</numerusform>
            <numerusform>%n berichten voorgesteld.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing new or rising to post about.</source>
        <translation>Niets nieuws of stijgends om over te berichten.</translation>
    </message>
</context>
<context>
    <name>SocialBestTimes</name>
    <message>
        <location filename="../ui/panes/SocialBestTimes.cpp" line="+36"/>
        <source>Engagement by day and hour</source>
        <translation>Betrokkenheid per dag en uur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No social account is connected: there is nothing to learn from yet.</source>
        <translation>Er is geen social-account gekoppeld: er valt nog niets uit te leren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No published post of this account has figures yet. Quorum reads them from the platform every six hours for 30 days after a post goes out.</source>
        <translation>Nog geen gepubliceerd bericht van dit account heeft cijfers. Quorum leest ze elke zes uur bij het platform op, tot 30 dagen nadat een bericht is geplaatst.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n post(s) with figures so far, too few for a suggestion: a time is suggested once %1 published posts share its day and hour. Quorum does not fall back on other shops&apos; averages.</source>
        <translation>
            <numerusform>Tot nu toe %n bericht met cijfers, te weinig voor een advies: een tijd wordt aangeraden zodra %1 gepubliceerde berichten dezelfde dag en hetzelfde uur delen. Quorum valt niet terug op gemiddelden van andere winkels.</numerusform>
            <numerusform>Tot nu toe %n berichten met cijfers, te weinig voor een advies: een tijd wordt aangeraden zodra %1 gepubliceerde berichten dezelfde dag en hetzelfde uur delen. Quorum valt niet terug op gemiddelden van andere winkels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 %2:00 (%3 on %n post(s))</source>
        <translation>
            <numerusform>%1 %2:00 (%3 over %n bericht)</numerusform>
            <numerusform>%1 %2:00 (%3 over %n berichten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Best times, from %n post(s) of this account in its own time: </source>
        <translation>
            <numerusform>Beste tijden, uit %n bericht van dit account in zijn eigen tijd: </numerusform>
            <numerusform>Beste tijden, uit %n berichten van dit account in zijn eigen tijd: </numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unusually good: “%1” reached %2 engagement, against %3 usually.</source>
        <translation>Ongewoon goed: “%1” haalde %2 betrokkenheid, tegen gewoonlijk %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unusually weak: “%1” reached %2 engagement, against %3 usually.</source>
        <translation>Ongewoon zwak: “%1” haalde %2 betrokkenheid, tegen gewoonlijk %3.</translation>
    </message>
</context>
<context>
    <name>SocialCalendar</name>
    <message>
        <location filename="../ui/panes/SocialCalendar.cpp" line="+66"/>
        <source>Social post calendar</source>
        <translation>Agenda van berichten op sociale media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a post to move it. Arrows choose a post; Ctrl+Up/Down moves it 15 minutes, Ctrl+Left/Right a day; Delete cancels it.</source>
        <translation>Sleep een bericht om het te verplaatsen. Met de pijltjes kies je een bericht; Ctrl+Omhoog/Omlaag verplaatst het 15 minuten, Ctrl+Links/Rechts een dag; Delete annuleert het.</translation>
    </message>
    <message numerus="yes">
        <location line="+232"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n meer</numerusform>
            <numerusform>+%n meer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SocialClient</name>
    <message>
        <location filename="../services/social/SocialClient.cpp" line="+137"/>
        <source>the answer could not be read: %1</source>
        <translation>het antwoord was onleesbaar: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP %1 (the answer could not be read)</source>
        <translation>HTTP %1 (het antwoord was onleesbaar)</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+302"/>
        <source>posting to %1 is not built yet</source>
        <translation>posten op %1 is nog niet gebouwd</translation>
    </message>
    <message>
        <location line="-294"/>
        <source>an Instagram post needs an image</source>
        <translation>een bericht op Instagram heeft een afbeelding nodig</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Instagram was still processing the image</source>
        <translation>Instagram was de afbeelding nog aan het verwerken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instagram did not accept the image (%1): %2</source>
        <translation>Instagram nam de afbeelding niet aan (%1): %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>a pin needs an image</source>
        <translation>een pin heeft een afbeelding nodig</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>a TikTok photo post needs an image</source>
        <translation>een fotobericht op TikTok heeft een afbeelding nodig</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>TikTok did not publish the post: %1</source>
        <translation>TikTok publiceerde het bericht niet: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TikTok was still processing the post (%1)</source>
        <translation>TikTok was het bericht nog aan het verwerken (%1)</translation>
    </message>
    <message>
        <location filename="../services/social/SocialClientMetrics.cpp" line="+158"/>
        <source>TikTok has not made this post public, so it gives no figures for it</source>
        <translation>TikTok heeft dit bericht niet openbaar gemaakt en geeft er dus geen cijfers voor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reading figures from %1 is not built yet</source>
        <translation>cijfers lezen van %1 is nog niet gebouwd</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>X gave no figures for this post</source>
        <translation>X gaf geen cijfers voor dit bericht</translation>
    </message>
</context>
<context>
    <name>SocialEngagement</name>
    <message>
        <location filename="../services/social/SocialEngagement.cpp" line="+121"/>
        <source>No longer on %1: deleted there after it was published (missing since %2). Figures read before are kept.</source>
        <translation>Niet meer op %1: daar verwijderd nadat het was gepubliceerd (ontbreekt sinds %2). Eerder gelezen cijfers blijven bewaard.</translation>
    </message>
</context>
<context>
    <name>SocialHeatmapModel</name>
    <message>
        <location filename="../models/SocialHeatmapModel.cpp" line="+94"/>
        <source>%1 %2:00–%3:00</source>
        <translation>%1 %2:00–%3:00</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no published post with figures yet</source>
        <translation>%1: nog geen gepubliceerd bericht met cijfers</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n post(s), %2 engagement (%3 interactions on %4 seen)</source>
        <translation>
            <numerusform>%1: %n bericht, %2 betrokkenheid (%3 interacties op %4 keer gezien)</numerusform>
            <numerusform>%1: %n berichten, %2 betrokkenheid (%3 interacties op %4 keer gezien)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too few posts to suggest this time.</source>
        <translation>Te weinig berichten om deze tijd aan te raden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One of the best times for this account.</source>
        <translation>Een van de beste tijden voor dit account.</translation>
    </message>
</context>
<context>
    <name>SocialPlatforms</name>
    <message>
        <location filename="../services/social/SocialPlatforms.cpp" line="+133"/>
        <source>Quorum does not post to “%1”.</source>
        <translation>Quorum post niet op “%1”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The post is empty.</source>
        <translation>Het bericht is leeg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 takes at most %2 characters; this post has %3.</source>
        <translation>%1 neemt hoogstens %2 tekens; dit bericht heeft er %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 takes at most %2 hashtags; this post has %3.</source>
        <translation>%1 neemt hoogstens %2 hashtags; dit bericht heeft er %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 posts need an image.</source>
        <translation>Berichten op %1 hebben een afbeelding nodig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quorum posts to %1 without images so far: remove the image or post it there yourself.</source>
        <translation>Quorum post voorlopig zonder afbeeldingen op %1: haal de afbeelding weg of plaats het bericht daar zelf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 takes at most %2 images in a post; this one has %3.</source>
        <translation>%1 neemt hoogstens %2 afbeeldingen per bericht; dit heeft er %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Image %1 is %2; %3 takes at most %4.</source>
        <translation>Afbeelding %1 is %2; %3 neemt hoogstens %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image %1 is %2 × %3 pixels; %4 takes images from %5:1 to %6:1 (width to height).</source>
        <translation>Afbeelding %1 is %2 × %3 pixels; %4 neemt afbeeldingen van %5:1 tot %6:1 (breedte tot hoogte).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 publishes at most %2 posts of an account in 24 hours; %3 are planned or published around this time.</source>
        <translation>%1 publiceert hoogstens %2 berichten van een account in 24 uur; er staan er %3 gepland of gepubliceerd rond deze tijd.</translation>
    </message>
</context>
<context>
    <name>SocialPosts</name>
    <message>
        <location filename="../services/social/SocialPosts.cpp" line="+176"/>
        <location line="+133"/>
        <location line="+32"/>
        <source>The account was removed.</source>
        <translation>Het account is verwijderd.</translation>
    </message>
    <message>
        <location line="-159"/>
        <location line="+130"/>
        <source>“%1” is not a time Quorum can plan in %2.</source>
        <translation>“%1” is geen tijd die Quorum in %2 kan plannen.</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+129"/>
        <source>That time has passed.</source>
        <translation>Die tijd is al voorbij.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>%1 on %2 at %3 (%4)</source>
        <translation>%1 op %2 om %3 (%4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Posts planned by %1: %2.</source>
        <translation>Berichten gepland door %1: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approving schedules the posts; each is published at its local time and its result shown.</source>
        <translation>Goedkeuren plant de berichten in; elk wordt op zijn eigen lokale tijd gepubliceerd en de uitkomst getoond.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A post speaks for the shop in public</source>
        <translation>Een bericht spreekt in het openbaar namens de winkel</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Approved after its time (%1): move it to a new time to send it.</source>
        <translation>Goedgekeurd na zijn tijd (%1): verplaats het naar een nieuwe tijd om het te versturen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+32"/>
        <location line="+27"/>
        <source>The post was removed.</source>
        <translation>Het bericht is verwijderd.</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>The post is being published or was published: it cannot move.</source>
        <translation>Het bericht wordt of werd gepubliceerd: het kan niet meer verplaatst worden.</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+302"/>
        <source>The post was canceled.</source>
        <translation>Het bericht is geannuleerd.</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>The post is being published or was published: its text cannot change.</source>
        <translation>Het bericht wordt of werd gepubliceerd: de tekst kan niet meer veranderen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+299"/>
        <source>The post is being sent right now; try again in a moment.</source>
        <translation>Het bericht wordt op dit moment verstuurd; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The post was sent to the platform: remove it there.</source>
        <translation>Het bericht is naar het platform gestuurd: verwijder het daar.</translation>
    </message>
</context>
<context>
    <name>SocialPostsModel</name>
    <message>
        <location filename="../models/SocialPostsModel.cpp" line="+57"/>
        <source>Waiting for approval</source>
        <translation>Wacht op goedkeuring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduled</source>
        <translation>Ingepland</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publishing</source>
        <translation>Wordt gepubliceerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not known yet: being looked up</source>
        <translation>Nog onbekend: wordt opgezocht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canceled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted on the platform</source>
        <translation>Verwijderd op het platform</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 interactions, not yet seen</source>
        <translation>%1 interacties, nog niet gezien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 seen · %2 interactions (%3)</source>
        <translation>%1 keer gezien · %2 interacties (%3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not given by the platform</source>
        <translation>niet gegeven door het platform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impressions (views)</source>
        <translation>Vertoningen (weergaven)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>Reacties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shares</source>
        <translation>Gedeeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves</source>
        <translation>Bewaard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicks</source>
        <translation>Klikken</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>When (local to the account)</source>
        <translation>Wanneer (tijd van het account)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engagement</source>
        <translation>Betrokkenheid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Uitkomst</translation>
    </message>
</context>
<context>
    <name>SocialPublishRun</name>
    <message>
        <location filename="../services/social/SocialPublishRun.cpp" line="-421"/>
        <source>Nothing to send: the post is %1.</source>
        <translation>Niets te versturen: het bericht is %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The account this post was planned for was removed.</source>
        <translation>Het account waarvoor dit bericht gepland was, is verwijderd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2) needs to be connected again before it can post: %3</source>
        <translation>%1 (%2) moet opnieuw gekoppeld worden voordat het kan posten: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No access token for %1 (%2): %3</source>
        <translation>Geen toegangstoken voor %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Instagram publishes at most %1 posts of %2 in 24 hours and they are used: waiting an hour.</source>
        <translation>Instagram publiceert hoogstens %1 berichten van %2 in 24 uur en die zijn op: een uur wachten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Instagram&apos;s publishing limit could not be read: %1. Trying again.</source>
        <translation>De publicatielimiet van Instagram kon niet gelezen worden: %1. Het wordt opnieuw geprobeerd.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Whether %1 received the post is not known yet, and looking it up failed: %2</source>
        <translation>Of %1 het bericht ontving is nog onbekend, en het opzoeken mislukte: %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Another worker took the post over.</source>
        <translation>Een andere werker heeft het bericht overgenomen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not sent: the post was canceled, moved or changed meanwhile.</source>
        <translation>Niet verstuurd: het bericht is intussen geannuleerd, verplaatst of gewijzigd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workspace could not be written: %1</source>
        <translation>Er kon niet in de werkruimte geschreven worden: %1</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Quorum stopped looking: check the account on %1, and post it there if it is not.</source>
        <translation>Quorum is gestopt met zoeken: kijk op het account op %1 en plaats het daar als het er niet staat.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>%1 did not take the post yet: %2. It is sent again then.</source>
        <translation>%1 nam het bericht nog niet aan: %2. Het wordt dan opnieuw gestuurd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 did not answer whether it made the post (%2): it is looked up before anything is sent again.</source>
        <translation>%1 antwoordde niet of het het bericht plaatste (%2): het wordt opgezocht voordat er iets opnieuw gestuurd wordt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 refused the access token (it expired or was revoked): %2</source>
        <translation>%1 weigerde het toegangstoken (het is verlopen of ingetrokken): %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1. Connect %2 again, then move the post to a new time.</source>
        <translation>%1. Koppel %2 opnieuw en verplaats het bericht dan naar een nieuwe tijd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already has this text (%2): it may be this post, published when an answer was lost. Look at the account before posting it again.</source>
        <translation>%1 heeft deze tekst al (%2): misschien is het dit bericht, gepubliceerd toen een antwoord verloren ging. Kijk op het account voordat je het opnieuw plaatst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 refused the post: %2</source>
        <translation>%1 weigerde het bericht: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Published on %1: %2</source>
        <translation>Gepubliceerd op %1: %2</translation>
    </message>
</context>
<context>
    <name>SocialSchedule</name>
    <message>
        <location filename="../services/social/SocialSchedule.cpp" line="+106"/>
        <source>The account&apos;s time zone “%1” is not known here.</source>
        <translation>De tijdzone “%1” van het account is hier niet bekend.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account has no posting times yet.</source>
        <translation>Het account heeft nog geen posttijden.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Every posting time of the next %1 days is taken.</source>
        <translation>Elke posttijd van de komende %1 dagen is bezet.</translation>
    </message>
</context>
<context>
    <name>SocialSyncRun</name>
    <message>
        <location filename="../services/social/SocialSyncRun.cpp" line="+53"/>
        <source>%1 needs to be connected again: %2</source>
        <translation>%1 moet opnieuw worden gekoppeld: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the account was removed</source>
        <translation>het account is verwijderd</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No access token for %1 (%2): %3</source>
        <translation>Geen toegangstoken voor %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 refused the access token of %2 (it expired or was revoked): %3</source>
        <translation>%1 weigerde het toegangstoken van %2 (verlopen of ingetrokken): %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 did not give the figures of %2 yet: %3. Read again later.</source>
        <translation>%1 gaf de cijfers van %2 nog niet: %3. Later opnieuw gelezen.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Read the figures of %n post(s)</source>
        <translation>
            <numerusform>De cijfers van %n bericht gelezen</numerusform>
            <numerusform>De cijfers van %n berichten gelezen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on %2 (%3)</source>
        <translation>%1 op %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deleted on the platform</source>
        <translation>
            <numerusform>%n verwijderd op het platform</numerusform>
            <numerusform>%n verwijderd op het platform</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SocialTab</name>
    <message>
        <location filename="../ui/panes/SocialTab.cpp" line="+35"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Today</source>
        <translation>&amp;Vandaag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Plan posts…</source>
        <translation>Berichten &amp;plannen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+229"/>
        <location line="+3"/>
        <source>Cancel post</source>
        <translation>Bericht annuleren</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best times</source>
        <translation>Beste tijden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A week or a month of posts, or the best times to post from each account&apos;s own figures</source>
        <translation>Een week of maand aan berichten, of de beste tijden om te posten uit de eigen cijfers van elk account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The week or month before</source>
        <translation>De week of maand ervoor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous period</source>
        <translation>Vorige periode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The week or month after</source>
        <translation>De week of maand erna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next period</source>
        <translation>Volgende periode</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The product&apos;s social captions, which passed the two-model gate, as posts on the accounts you choose, each at its next free posting time</source>
        <translation>De teksten voor sociale media van het product, goedgekeurd door de poort van twee modellen, als berichten op de accounts die je kiest, elk op de eerstvolgende vrije posttijd</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No social account is connected, so Quorum posts nowhere yet. Approved posts of the Social agent are recorded for you to post by hand.</source>
        <translation>Er is geen account op sociale media gekoppeld, dus Quorum post nog nergens. Goedgekeurde berichten van de agent Sociale media worden vastgelegd zodat je ze zelf plaatst.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n post(s) in this period</source>
        <translation>
            <numerusform>%n bericht in deze periode</numerusform>
            <numerusform>%n berichten in deze periode</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 published, %2 waiting for approval, %3 failed or being looked up. The calendar shows %4 time; the list gives each post&apos;s time in its account&apos;s zone.</source>
        <translation>%1 gepubliceerd, %2 wachten op goedkeuring, %3 mislukt of worden opgezocht. De agenda toont de tijd van %4; de lijst geeft bij elk bericht de tijd in de zone van zijn account.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The post was not moved: %1</source>
        <translation>Het bericht is niet verplaatst: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moved to %1 (%2).</source>
        <translation>Verplaatst naar %1 (%2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel this post? It will not be published.</source>
        <translation>Dit bericht annuleren? Het wordt dan niet gepubliceerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it</source>
        <translation>Houden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The post was canceled.</source>
        <translation>Het bericht is geannuleerd.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connect a social account first.</source>
        <translation>Koppel eerst een account op sociale media.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No product has social captions that passed the gate yet.</source>
        <translation>Nog geen product heeft teksten voor sociale media die door de poort kwamen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan posts for a product</source>
        <translation>Berichten voor een product plannen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Plan</source>
        <translation>Plannen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each post goes to the account&apos;s next free posting time and waits for approval, unless the account posts without asking.</source>
        <translation>Elk bericht gaat naar de eerstvolgende vrije posttijd van het account en wacht op goedkeuring, tenzij het account zonder te vragen post.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Product:</source>
        <translation>Product:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts:</source>
        <translation>Accounts:</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n post(s) planned.</source>
        <translation>
            <numerusform>%n bericht gepland.</numerusform>
            <numerusform>%n berichten gepland.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They wait for approval (proposal #%1).</source>
        <translation>Ze wachten op goedkeuring (voorstel #%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not planned: %1</source>
        <translation>Niet gepland: %1</translation>
    </message>
</context>
<context>
    <name>SpendGuard</name>
    <message>
        <location filename="../services/resilience/Pricing.cpp" line="+206"/>
        <source>Today&apos;s AI budget of $%1 would be exceeded: $%2 spent, $%3 reserved by running calls, this call may cost up to $%4. Raise the budget in Settings or wait until tomorrow.</source>
        <translation>Het AI-budget van vandaag ($%1) zou worden overschreden: $%2 uitgegeven, $%3 gereserveerd door lopende aanroepen, deze aanroep kan tot $%4 kosten. Verhoog het budget in Instellingen of wacht tot morgen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Today&apos;s share of the AI budget for %1 is $%2: $%3 spent, $%4 reserved by running calls, this call may cost up to $%5. The CEO shares the monthly AI spend ceiling (dashboard goals) out day by day, within the daily budget in Settings, and again at each of its runs.</source>
        <translation>Het deel van het AI-budget van vandaag voor %1 is $%2: $%3 uitgegeven, $%4 gereserveerd door lopende aanroepen, deze aanroep kan tot $%5 kosten. De CEO verdeelt het maandplafond voor AI-uitgaven (doelen op het dashboard) dag voor dag, binnen het dagbudget in Instellingen, en opnieuw bij elke run.</translation>
    </message>
</context>
<context>
    <name>StageSummaryModel</name>
    <message>
        <location filename="../models/StageSummaryModel.cpp" line="+15"/>
        <source>Waiting for you</source>
        <translation>Wacht op jou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A person must look: reviews the models disagreed on, approvals, escalations.</source>
        <translation>Een mens moet kijken: beoordelingen waarover de modellen het oneens waren, goedkeuringen, escalaties.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being written and checked</source>
        <translation>Wordt geschreven en gecontroleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The models are writing or checking these right now.</source>
        <translation>De modellen schrijven of controleren deze op dit moment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to retry</source>
        <translation>Wacht op nieuwe poging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their last try failed (a provider error, a missing key); they try again by themselves. The reason is on each product in the Pipeline.</source>
        <translation>Hun laatste poging mislukte (een fout bij de aanbieder, een ontbrekende sleutel); ze proberen het vanzelf opnieuw. De reden staat bij elk product in de pijplijn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready to publish</source>
        <translation>Klaar om te publiceren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every piece passed; approved or ready to be approved and published.</source>
        <translation>Elk stuk is goedgekeurd; goedgekeurd of klaar om goedgekeurd en gepubliceerd te worden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published and live</source>
        <translation>Gepubliceerd en live</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the stores. Published: the store accepted it; Live: also promoted.</source>
        <translation>In de winkels. Gepubliceerd: de winkel heeft het geaccepteerd; Live: ook gepromoot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafts</source>
        <translation>Concepten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facts only; nothing written yet.</source>
        <translation>Alleen feiten; nog niets geschreven.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped after their retries ran out; Retry starts them again.</source>
        <translation>Gestopt nadat de nieuwe pogingen op waren; Opnieuw proberen start ze weer.</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <location line="+4"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n producten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StockActions</name>
    <message>
        <location filename="../services/storesync/StockActions.cpp" line="+58"/>
        <source>Only an owner sets when a product is reordered.</source>
        <translation>Alleen een eigenaar stelt in wanneer een product wordt nabesteld.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The threshold and the delivery time cannot be negative, and an order covers at least a day.</source>
        <translation>De drempel en de levertijd kunnen niet negatief zijn, en een bestelling dekt minstens een dag.</translation>
    </message>
</context>
<context>
    <name>StockBox</name>
    <message>
        <location filename="../ui/panes/StockBox.cpp" line="+26"/>
        <source>Reorder rule…</source>
        <translation>Nabestelregel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast…</source>
        <translation>Voorspelling…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Units sold per day and the forecast, with its backtest error per variant</source>
        <translation>Verkochte stuks per dag en de voorspelling, met de backtestfout per variant</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 shared (%2)</source>
        <comment>shared stock, then each store&apos;s</comment>
        <translation>%1 gedeeld (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reorder at %1 or fewer left · delivery %2 days · covers %3 days</source>
        <translation>Nabestellen bij %1 of minder · levering %2 dagen · dekt %3 dagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No reorder rule</source>
        <translation>Geen nabestelregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A variant with this few left in the stores gets a reorder proposal; Demand Forecast uses the rule&apos;s delivery time and cover</source>
        <translation>Een variant met zo weinig over in de winkels krijgt een nabestelvoorstel; Vraagvoorspelling gebruikt de levertijd en dekking van de regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a rule, Demand Forecast proposes reorders from the forecast with a delivery time of %1 days and %2 days of cover</source>
        <translation>Zonder regel stelt Vraagvoorspelling nabestellingen voor uit de voorspelling, met %1 dagen levertijd en %2 dagen dekking</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Forecast: about %n unit(s) in the next 4 weeks</source>
        <translation>
            <numerusform>Voorspelling: ongeveer %n stuk in de komende 4 weken</numerusform>
            <numerusform>Voorspelling: ongeveer %n stuks in de komende 4 weken</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>median backtest %1</source>
        <translation>mediaan backtest %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backtest %1</source>
        <translation>backtest %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No demand forecast yet: Demand Forecast needs 8 weeks of this product&apos;s sales from the stores.</source>
        <translation>Nog geen vraagvoorspelling: Vraagvoorspelling heeft 8 weken verkopen van dit product uit de winkels nodig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When to propose a reorder, and how much to order</source>
        <translation>Wanneer een nabestelling voorstellen, en hoeveel bestellen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reorder rule</source>
        <translation>Nabestelregel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> left</source>
        <comment>units left in stock</comment>
        <translation> over</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>When a variant falls to the threshold in the stores, Quorum proposes a reorder: what sells during the delivery, plus the days of sales the order should cover, plus the threshold, less what is on hand (from the last %n days&apos; sales).</source>
        <translation>
            <numerusform>Als een variant in de winkels tot de drempel daalt, stelt Quorum een nabestelling voor: wat er tijdens de levering verkocht wordt, plus de dagen verkoop die de bestelling moet dekken, plus de drempel, min wat er op voorraad is (op basis van de verkoop van de laatste %n dag).</numerusform>
            <numerusform>Als een variant in de winkels tot de drempel daalt, stelt Quorum een nabestelling voor: wat er tijdens de levering verkocht wordt, plus de dagen verkoop die de bestelling moet dekken, plus de drempel, min wat er op voorraad is (op basis van de verkoop van de laatste %n dagen).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove rule</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reorder at</source>
        <translation>Nabestellen bij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery takes</source>
        <translation>Levering duurt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An order covers</source>
        <translation>Een bestelling dekt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reorder rule saved; it applies from the next stock sync.</source>
        <translation>Nabestelregel bewaard; hij geldt vanaf de volgende voorraadsynchronisatie.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reorder rule removed.</source>
        <translation>Nabestelregel verwijderd.</translation>
    </message>
</context>
<context>
    <name>StockOrders</name>
    <message>
        <location filename="../services/shopagents/StockOrders.cpp" line="+109"/>
        <source>Stock order %1 × %2: out of stock</source>
        <translation>Voorraadbestelling %1 × %2: uitverkocht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock order %1 × %2: sells out on %3</source>
        <translation>Voorraadbestelling %1 × %2: uitverkocht op %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 (%2) has sold for %n day(s), too few for the Demand Forecast, and at its pace it sells out on %3, before an order placed now would arrive. Approve it when you have placed the order with your supplier; Quorum does not order from suppliers.</source>
        <translation>
            <numerusform>%1 (%2) verkoopt pas %n dag, te kort voor de Vraagvoorspelling, en in dit tempo is het op %3 uitverkocht, voordat een bestelling van nu binnen zou zijn. Keur het goed wanneer je de bestelling bij je leverancier hebt geplaatst; Quorum bestelt niet bij leveranciers.</numerusform>
            <numerusform>%1 (%2) verkoopt pas %n dagen, te kort voor de Vraagvoorspelling, en in dit tempo is het op %3 uitverkocht, voordat een bestelling van nu binnen zou zijn. Keur het goed wanneer je de bestelling bij je leverancier hebt geplaatst; Quorum bestelt niet bij leveranciers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 on hand. Over the last %n day(s) it sold %2 units, %3 a day (spread %4 a day). A delivery takes %5 days and should cover %6 days after it arrives: %7 units at this pace, plus %8 safety stock (%9 × %4 × √%5). Order %7 + %8 − %1 on hand = %10.</source>
        <translation>
            <numerusform>%1 op voorraad. De afgelopen %n dag verkocht het %2 stuks, %3 per dag (spreiding %4 per dag). Een levering duurt %5 dagen en moet %6 dagen dekken nadat ze binnen is: %7 stuks in dit tempo, plus %8 veiligheidsvoorraad (%9 × %4 × √%5). Bestel %7 + %8 − %1 op voorraad = %10.</numerusform>
            <numerusform>%1 op voorraad. De afgelopen %n dagen verkocht het %2 stuks, %3 per dag (spreiding %4 per dag). Een levering duurt %5 dagen en moet %6 dagen dekken nadat ze binnen is: %7 stuks in dit tempo, plus %8 veiligheidsvoorraad (%9 × %4 × √%5). Bestel %7 + %8 − %1 op voorraad = %10.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>units sold per day, last %n day(s), every store</source>
        <translation>
            <numerusform>verkochte stuks per dag, afgelopen %n dag, alle winkels</numerusform>
            <numerusform>verkochte stuks per dag, afgelopen %n dagen, alle winkels</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stock on hand read from the stores</source>
        <translation>voorraad zoals gelezen uit de winkels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A pace of a few days, not a backtested forecast: a launch&apos;s first days may not last.</source>
        <translation>Het tempo van een paar dagen, geen geteste prognose: de eerste dagen na een lancering houden misschien geen stand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order half now, and the rest when it sells on</source>
        <translation>Bestel nu de helft, en de rest als het blijft verkopen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>less stock at risk if the pace drops</source>
        <translation>minder voorraad op het spel als het tempo daalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a second delivery to pay for</source>
        <translation>een tweede levering om te betalen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Wait for the Demand Forecast (%n day(s) of sales)</source>
        <translation>
            <numerusform>Wacht op de Vraagvoorspelling (%n dag verkopen)</numerusform>
            <numerusform>Wacht op de Vraagvoorspelling (%n dagen verkopen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a backtested forecast</source>
        <translation>een geteste prognose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it sells out before then</source>
        <translation>het is eerder uitverkocht</translation>
    </message>
</context>
<context>
    <name>StockPool</name>
    <message>
        <location filename="../services/storesync/StockPool.cpp" line="+32"/>
        <source>%1 has %2</source>
        <translation>%1 heeft %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stores did not agree when Quorum first compared them (%1, %2 has %3); the lowest count, %4, is kept so that nothing is sold that is not there.</source>
        <translation>De winkels waren het niet eens toen Quorum ze voor het eerst vergeleek (%1, %2 heeft %3); het laagste aantal, %4, blijft staan, zodat er niets verkocht wordt dat er niet is.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Since the last sync: %1. That leaves %2 on hand for every store; %3 still has %4.</source>
        <translation>Sinds de vorige synchronisatie: %1. Dan blijven er %2 over voor elke winkel; %3 heeft nog %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set the stock of %1 in %2 to %3</source>
        <translation>Voorraad van %1 in %2 op %3 zetten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps %1 the same in every store that sells it.</source>
        <translation>Houdt %1 gelijk in elke winkel die het verkoopt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stock levels read from the stores</source>
        <translation>voorraad zoals de winkels die melden</translation>
    </message>
    <message numerus="yes">
        <location line="+95"/>
        <source>%1 went from %2 to %3 (%n sold)</source>
        <translation>
            <numerusform>%1 ging van %2 naar %3 (%n verkocht)</numerusform>
            <numerusform>%1 ging van %2 naar %3 (%n verkocht)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 went from %2 to %3 (%n added there)</source>
        <translation>
            <numerusform>%1 ging van %2 naar %3 (%n daar bijgeboekt)</numerusform>
            <numerusform>%1 ging van %2 naar %3 (%n daar bijgeboekt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StockWriteRun</name>
    <message>
        <location filename="../services/storesync/StockWriteRun.cpp" line="+75"/>
        <source>%1 no longer keeps stock of %2.</source>
        <translation>%1 houdt geen voorraad meer bij van %2.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 no longer tracks the stock of %2.</source>
        <translation>%1 volgt de voorraad van %2 niet meer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has %2 of %3 now, not the %4 Quorum read.</source>
        <translation>%1 heeft nu %2 van %3, niet de %4 die Quorum las.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 no longer has the %2 of %3 at its first location that Quorum read.</source>
        <translation>%1 heeft op de eerste locatie niet meer de %2 van %3 die Quorum las.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 Nothing was written; the store&apos;s stock is read again.</source>
        <translation>%1 Er is niets geschreven; de voorraad van de winkel wordt opnieuw gelezen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Writing the stock of %1 to %2 failed: %3</source>
        <translation>Het schrijven van de voorraad van %1 naar %2 is mislukt: %3</translation>
    </message>
</context>
<context>
    <name>StoreDiffHtml</name>
    <message>
        <location filename="../ui/panes/StoreDiffHtml.cpp" line="+57"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After publishing</source>
        <translation>Na publiceren</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+5"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n variant(s) the store has that Quorum does not know stay as they are.</source>
        <translation>
            <numerusform>%n variant die de winkel heeft en Quorum niet kent, blijft zoals hij is.</numerusform>
            <numerusform>%n varianten die de winkel heeft en Quorum niet kent, blijven zoals ze zijn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n variant(s) Quorum knows that the store does not have are not added.</source>
        <translation>
            <numerusform>%n variant die Quorum kent en de winkel niet heeft, wordt niet toegevoegd.</numerusform>
            <numerusform>%n varianten die Quorum kent en de winkel niet heeft, worden niet toegevoegd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n image(s) added in the store stay.</source>
        <translation>
            <numerusform>%n afbeelding die in de winkel is toegevoegd, blijft.</numerusform>
            <numerusform>%n afbeeldingen die in de winkel zijn toegevoegd, blijven.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>· read %1</source>
        <translation>· gelezen %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading %1…</source>
        <translation>%1 lezen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has not been read yet.</source>
        <translation>%1 is nog niet gelezen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The product is not in %1 yet: publishing creates it.</source>
        <translation>Het product staat nog niet in %1: publiceren maakt het aan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing would change in %1.</source>
        <translation>Er zou niets veranderen in %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What %1 has now → what publishing would write:</source>
        <translation>Wat %1 nu heeft → wat publiceren zou schrijven:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short description</source>
        <translation>Korte beschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SEO title</source>
        <translation>SEO-titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SEO description</source>
        <translation>SEO-beschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product type</source>
        <translation>Producttype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images</source>
        <translation>Afbeeldingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare-at price</source>
        <translation>Vergelijkingsprijs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale price</source>
        <translation>Actieprijs</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n afbeelding</numerusform>
            <numerusform>%n afbeeldingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n category(ies)</source>
        <translation>
            <numerusform>%n categorie</numerusform>
            <numerusform>%n categorieën</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No store is connected: publishing goes to sites only.</source>
        <translation>Er is geen winkel gekoppeld: publiceren gaat alleen naar sites.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read the stores again</source>
        <translation>Winkels opnieuw lezen</translation>
    </message>
</context>
<context>
    <name>StoreIngest</name>
    <message>
        <location filename="../services/storesync/StoreIngest.cpp" line="+92"/>
        <location line="+92"/>
        <source>An order without an id.</source>
        <translation>Een bestelling zonder id.</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+94"/>
        <source>Order %1 has no readable total or currency.</source>
        <translation>Bestelling %1 heeft geen leesbaar totaal of leesbare valuta.</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+77"/>
        <source>Order %1 has no readable date.</source>
        <translation>Bestelling %1 heeft geen leesbare datum.</translation>
    </message>
</context>
<context>
    <name>StoreSync</name>
    <message>
        <location filename="../services/storesync/StoreSync.cpp" line="+48"/>
        <source>customers</source>
        <translation>klanten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stock</source>
        <translation>voorraad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reviews</source>
        <translation>beoordelingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders</source>
        <translation>bestellingen</translation>
    </message>
</context>
<context>
    <name>SupplierAgent</name>
    <message>
        <location filename="../services/shopagents/SupplierAgent.cpp" line="+20"/>
        <location line="+6"/>
        <source>not in the list</source>
        <translation>niet in de lijst</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Needs a supplier list: import one in Settings → Suppliers.</source>
        <translation>Heeft een leverancierslijst nodig: importeer er een in Instellingen → Leveranciers.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Waits for the first order sync of %1: last year&apos;s sales weigh the costs.</source>
        <translation>Wacht op de eerste synchronisatie van de bestellingen van %1: de verkopen van vorig jaar wegen de kosten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The supplier list marks no supplier as current (column current), so there is nothing to compare a new supplier with.</source>
        <translation>De leverancierslijst noemt geen enkele leverancier huidig (kolom huidig of current), dus er is niets om een nieuwe leverancier mee te vergelijken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No supplier in the list quotes for a SKU that another supplier supplies today.</source>
        <translation>Geen leverancier in de lijst biedt een SKU aan die nu door een andere leverancier geleverd wordt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2 against %3 %4</source>
        <translation>%1 %2 tegen %3 %4</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Add %1 as the supplier of %n SKU(s) now bought from %2</source>
        <translation>
            <numerusform>Neem %1 op als leverancier van %n SKU die nu bij %2 wordt ingekocht</numerusform>
            <numerusform>Neem %1 op als leverancier van %n SKU&apos;s die nu bij %2 worden ingekocht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>at the %n unit(s) of them sold in the last 365 days</source>
        <translation>
            <numerusform>tegen het %n stuk dat ervan in de laatste 365 dagen verkocht is</numerusform>
            <numerusform>tegen de %n stuks die ervan in de laatste 365 dagen verkocht zijn</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of each (none of them sold in the last 365 days)</source>
        <translation>één van elk (geen ervan verkocht in de laatste 365 dagen)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>On the %n SKU(s) both quote for (%1), %2 scores %3 against %4 for %5, weighing cost 40 %, lead time 25 %, defects 25 % and rating 10 %. Bought %6, its prices come to %7 against %8 (%9); lead time %10 against %11 days; defects %12 against %13; rating %14 against %15. It still scores higher under %16 of %17 weightings (each weight halved or raised by half).</source>
        <translation>
            <numerusform>Op de %n SKU die beide aanbieden (%1) scoort %2 %3 tegen %4 voor %5, met kosten 40 %, levertijd 25 %, uitval 25 % en beoordeling 10 %. Ingekocht %6 komen de prijzen op %7 tegen %8 (%9); levertijd %10 tegen %11 dagen; uitval %12 tegen %13; beoordeling %14 tegen %15. Hij scoort nog steeds hoger bij %16 van de %17 wegingen (elk gewicht gehalveerd of met de helft verhoogd).</numerusform>
            <numerusform>Op de %n SKU&apos;s die beide aanbieden (%1) scoort %2 %3 tegen %4 voor %5, met kosten 40 %, levertijd 25 %, uitval 25 % en beoordeling 10 %. Ingekocht %6 komen de prijzen op %7 tegen %8 (%9); levertijd %10 tegen %11 dagen; uitval %12 tegen %13; beoordeling %14 tegen %15. Hij scoort nog steeds hoger bij %16 van de %17 wegingen (elk gewicht gehalveerd of met de helft verhoogd).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>At last year&apos;s units the cost of goods is %1 a year lower.</source>
        <translation>Bij de aantallen van vorig jaar is de inkoopwaarde %1 per jaar lager.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At last year&apos;s units the cost of goods is %1 a year higher: the score is for the lead time and quality.</source>
        <translation>Bij de aantallen van vorig jaar is de inkoopwaarde %1 per jaar hoger: de score komt van de levertijd en de kwaliteit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compared with %1 on price, lead time, defects and rating.</source>
        <translation>Vergeleken met %1 op prijs, levertijd, uitval en beoordeling.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Supplier list</source>
        <translation>Leverancierslijst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Store orders, 365 days</source>
        <translation>Winkelbestellingen, 365 dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new supplier&apos;s first deliveries are untested: order samples first</source>
        <translation>De eerste leveringen van een nieuwe leverancier zijn onbeproefd: bestel eerst monsters</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A first order of at least %n unit(s)</source>
        <translation>
            <numerusform>Een eerste bestelling van minstens %n stuk</numerusform>
            <numerusform>Een eerste bestelling van minstens %n stuks</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ships from %1 instead of %2: transport and duties differ</source>
        <translation>Levert vanuit %1 in plaats van %2: transport en invoerrechten verschillen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compared without defects and rating: the list leaves them out for one of the two</source>
        <translation>Vergeleken zonder uitval en beoordeling: de lijst laat die voor een van de twee weg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared without defects: the list leaves them out for one of the two</source>
        <translation>Vergeleken zonder uitval: de lijst laat die voor een van de twee weg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared without the rating: the list leaves it out for one of the two</source>
        <translation>Vergeleken zonder beoordeling: de lijst laat die voor een van de twee weg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask %1 to match the price and lead time</source>
        <translation>Vraag %1 de prijs en levertijd te evenaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order a sample batch from %1 first</source>
        <translation>Bestel eerst een proefpartij bij %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(proposed)</source>
        <translation>(voorgesteld)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compared: %1.</source>
        <translation>Vergeleken: %1.</translation>
    </message>
</context>
<context>
    <name>Suppliers</name>
    <message>
        <location filename="../services/shopagents/Suppliers.cpp" line="+100"/>
        <source>The supplier list has no column %1. It needs the columns supplier, sku, unit cost and lead time (days); defect rate, rating, country, min order, currency, supplier id and current are optional. Its columns are: %2.</source>
        <translation>De leverancierslijst heeft geen kolom %1. Hij heeft de kolommen supplier (leverancier), sku, unit cost (inkoopprijs) en lead time (levertijd, dagen) nodig; defect rate, rating, country, min order, currency, supplier id en current zijn optioneel. Zijn kolommen zijn: %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no supplier or no SKU.</source>
        <translation>geen leverancier of geen SKU.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 quotes %2 twice; the first is kept.</source>
        <translation>%1 biedt %2 twee keer aan; de eerste blijft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a unit cost.</source>
        <translation>“%1” is geen inkoopprijs.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a lead time in days (1 to 365).</source>
        <translation>“%1” is geen levertijd in dagen (1 tot 365).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a currency code.</source>
        <translation>“%1” is geen valutacode.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a defect rate (0 to 100 %).</source>
        <translation>“%1” is geen uitvalpercentage (0 tot 100 %).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a rating from 0 to 5.</source>
        <translation>“%1” is geen beoordeling van 0 tot 5.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a minimum order in units.</source>
        <translation>“%1” is geen minimale bestelling in stuks.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” in the column current is not yes or no.</source>
        <translation>“%1” in de kolom huidig (current) is geen ja of nee.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The supplier list has no rows.</source>
        <translation>De leverancierslijst heeft geen regels.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No row of the supplier list could be read.</source>
        <translation>Geen regel van de leverancierslijst kon gelezen worden.</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n offerte</numerusform>
            <numerusform>%n offertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>from %n supplier(s) imported.</source>
        <translation>
            <numerusform>van %n leverancier geïmporteerd.</numerusform>
            <numerusform>van %n leveranciers geïmporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n SKU(s) are not in the catalog; their quotes are kept for when they are.</source>
        <translation>
            <numerusform>%n SKU staat niet in de catalogus; de offertes blijven bewaard voor als hij er komt.</numerusform>
            <numerusform>%n SKU&apos;s staan niet in de catalogus; de offertes blijven bewaard voor als ze er komen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuppliersModel</name>
    <message numerus="yes">
        <location filename="../models/SuppliersModel.cpp" line="+59"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Supplier</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit cost</source>
        <translation>Inkoopprijs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead time</source>
        <translation>Levertijd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defects</source>
        <translation>Uitval</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current</source>
        <translation>Huidig</translation>
    </message>
</context>
<context>
    <name>SuppliersPage</name>
    <message>
        <location filename="../ui/settings/SuppliersPage.cpp" line="+24"/>
        <source>Import supplier list…</source>
        <translation>Leverancierslijst importeren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Supplier vetting agent compares each supplier in this list that quotes for a SKU you buy elsewhere with the supplier you buy it from today, on cost, lead time, defects and rating. When the new one scores clearly better it proposes adding it; a new supplier always waits for you. Approving marks it current for those SKUs here; ordering from it is up to you.</source>
        <translation>De Leverancierskeuring vergelijkt elke leverancier in deze lijst die een SKU aanbiedt die je elders inkoopt met de leverancier waar je die nu koopt, op kosten, levertijd, uitval en beoordeling. Scoort de nieuwe duidelijk beter, dan stelt hij voor hem op te nemen; een nieuwe leverancier wacht altijd op jou. Goedkeuren maakt hem hier huidig voor die SKU&apos;s; bij hem bestellen doe je zelf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A CSV with the columns supplier, sku, unit cost and lead time (days); defect rate (%), rating (0 to 5), country, min order, currency, supplier id and current (yes for who supplies the SKU today) are optional. Importing a list again replaces the rows it names.</source>
        <translation>Een CSV met de kolommen supplier (of leverancier), sku, unit cost (of inkoopprijs) en lead time (of levertijd, in dagen); defect rate (%), rating (0 tot 5), country, min order, currency, supplier id en current (ja voor wie de SKU nu levert) zijn optioneel. Een lijst opnieuw importeren vervangt de regels die hij noemt.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No supplier list yet.</source>
        <translation>Nog geen leverancierslijst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 for %2, imported %3.</source>
        <translation>%1 voor %2, geïmporteerd %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n supplier(s)</source>
        <translation>
            <numerusform>%n leverancier</numerusform>
            <numerusform>%n leveranciers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n SKU(s)</source>
        <translation>
            <numerusform>%n SKU</numerusform>
            <numerusform>%n SKU&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n SKU(s) have no current supplier: nothing is compared for them.</source>
        <translation>
            <numerusform>%n SKU heeft geen huidige leverancier: daarvoor wordt niets vergeleken.</numerusform>
            <numerusform>%n SKU&apos;s hebben geen huidige leverancier: daarvoor wordt niets vergeleken.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import a supplier list</source>
        <translation>Een leverancierslijst importeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supplier lists (*.csv *.tsv *.txt)</source>
        <translation>Leverancierslijsten (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 The Supplier vetting agent is paused: it compares the list when it is resumed.</source>
        <translation>%1 De Leverancierskeuring is gepauzeerd: hij vergelijkt de lijst zodra hij weer loopt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 The Supplier vetting agent looks at it now.</source>
        <translation>%1 De Leverancierskeuring bekijkt hem nu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supplier list imported, with rows left out</source>
        <translation>Leverancierslijst geïmporteerd, met weggelaten regels</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supplier list not imported</source>
        <translation>Leverancierslijst niet geïmporteerd</translation>
    </message>
</context>
<context>
    <name>SwitchUserDialog</name>
    <message>
        <location filename="../ui/dialogs/SwitchUserDialog.cpp" line="+22"/>
        <source>Switch user</source>
        <translation>Van gebruiker wisselen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are working as &lt;b&gt;%1&lt;/b&gt; (%2) on %3. Every decision records who made it, when and from which machine.</source>
        <translation>U werkt als &lt;b&gt;%1&lt;/b&gt; (%2) op %3. Bij elk besluit wordt vastgelegd wie het nam, wanneer en vanaf welke computer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Switch</source>
        <translation>Wisselen</translation>
    </message>
</context>
<context>
    <name>SyncRun</name>
    <message>
        <location filename="../services/storesync/StoreSync.cpp" line="+95"/>
        <source>The %1 of %2 is not available: %3</source>
        <translation>De %1 van %2 is niet beschikbaar: %3</translation>
    </message>
    <message>
        <location filename="../services/storesync/StockWriteRun.cpp" line="-167"/>
        <location filename="../services/storesync/SyncRun.cpp" line="+73"/>
        <source>The store connection was removed.</source>
        <translation>De winkelkoppeling is verwijderd.</translation>
    </message>
    <message>
        <location filename="../services/storesync/SyncRun.cpp" line="+5"/>
        <source>%1 cannot be read from this store.</source>
        <translation>%1 kan niet uit deze winkel worden gelezen.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Reading page %1 of %2 from %3 failed: %4</source>
        <translation>Pagina %1 van %2 uit %3 lezen is mislukt: %4</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Reading the variations of a product from %1 failed: %2</source>
        <translation>Het lezen van de variaties van een product uit %1 is mislukt: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Reading %1 from %2 failed: %3</source>
        <translation>%1 uit %2 lezen is mislukt: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>%1: %n SKU(s) checked</source>
        <translation>
            <numerusform>%1: %n SKU gecontroleerd</numerusform>
            <numerusform>%1: %n SKU’s gecontroleerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n stock update(s) or reorder(s) proposed.</source>
        <translation>
            <numerusform>%n voorraadwijziging of bijbestelling voorgesteld.</numerusform>
            <numerusform>%n voorraadwijzigingen of bijbestellingen voorgesteld.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n record(s) could not be read and were left out: %1</source>
        <translation>
            <numerusform>%n record kon niet worden gelezen en is weggelaten: %1</numerusform>
            <numerusform>%n records konden niet worden gelezen en zijn weggelaten: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n order(s) were refunded more than their total (the first: %1); they count as the store has them.</source>
        <translation>
            <numerusform>%n bestelling is voor meer dan haar totaal terugbetaald (%1); ze telt zoals de winkel haar heeft.</numerusform>
            <numerusform>%n bestellingen zijn voor meer dan hun totaal terugbetaald (de eerste: %1); ze tellen zoals de winkel ze heeft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The clock of the store is about %n minute(s) ahead of this computer; check the time on both.</source>
        <translation>
            <numerusform>De klok van de winkel loopt ongeveer %n minuut voor op deze computer; controleer de tijd op beide.</numerusform>
            <numerusform>De klok van de winkel loopt ongeveer %n minuten voor op deze computer; controleer de tijd op beide.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamJoin</name>
    <message>
        <location filename="../app/TeamJoin.cpp" line="+43"/>
        <source>%1 holds a workspace of its own (quorum.db). Choose another folder for the team&apos;s files, or move that workspace to the server with “quorum migrate-workspace”.</source>
        <translation>%1 bevat een eigen werkruimte (quorum.db). Kies een andere map voor de bestanden van het team, of verhuis die werkruimte naar de server met “quorum migrate-workspace”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 belongs to the team workspace on %2. Choose another folder.</source>
        <translation>%1 hoort bij de teamwerkruimte op %2. Kies een andere map.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Kan geen verbinding maken met %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the folder %1.</source>
        <translation>Kan de map %1 niet aanmaken.</translation>
    </message>
</context>
<context>
    <name>TeamPassword</name>
    <message>
        <location filename="../services/secrets/TeamPassword.cpp" line="+53"/>
        <source>The keychain did not keep the server&apos;s password (%1): Quorum asks for it again next time.</source>
        <translation>De sleutelbos heeft het wachtwoord van de server niet bewaard (%1): Quorum vraagt er de volgende keer opnieuw om.</translation>
    </message>
</context>
<context>
    <name>TeamWorkspaceDialog</name>
    <message>
        <location filename="../ui/dialogs/TeamWorkspaceDialog.cpp" line="+54"/>
        <source>Team workspace</source>
        <translation>Teamwerkruimte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A team shares one workspace on a PostgreSQL server: every desk sees the same queue and approvals, and a server can work on it at night. Enter the server your team uses; an empty database becomes a new team workspace.</source>
        <translation>Een team deelt één werkruimte op een PostgreSQL-server: elke werkplek ziet dezelfde wachtrij en goedkeuringen, en een server kan er ’s nachts aan werken. Vul de server van je team in; een lege database wordt een nieuwe teamwerkruimte.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kept in the system keychain</source>
        <translation>Bewaard in de sleutelbos van het systeem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder on a drive the whole team reaches</source>
        <translation>Een map op een schijf die het hele team bereikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Files folder:</source>
        <translation>&amp;Bestandenmap:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+58"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Fill in the server, database, user and files folder.</source>
        <translation>Vul de server, database, gebruiker en bestandenmap in.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the folder for the team&apos;s files</source>
        <translation>Kies de map voor de bestanden van het team</translation>
    </message>
</context>
<context>
    <name>TerritoryDialog</name>
    <message>
        <location filename="../ui/dialogs/TerritoryDialog.cpp" line="+18"/>
        <source>Score the distance from a home location</source>
        <translation>De afstand vanaf een thuislocatie scoren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your territory</source>
        <translation>Je gebied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads in the kinds of business you build sites for score up to 20 points more, and leads near you up to 10. Saving scores every lead again.</source>
        <translation>Leads in de soorten bedrijven waarvoor je sites bouwt scoren tot 20 punten meer, en leads bij je in de buurt tot 10. Opslaan scoort elke lead opnieuw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bakery, florist, hairdresser</source>
        <translation>bakkerij, bloemist, kapper</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Kinds of business</source>
        <translation>Soorten bedrijven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latitude</source>
        <translation>Breedtegraad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Lengtegraad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within</source>
        <translation>Binnen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Territory saved; every lead is being scored again.</source>
        <translation>Gebied opgeslagen; elke lead wordt opnieuw gescoord.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../ui/TrayNotifier.cpp" line="+22"/>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Deadline near: %1 left</source>
        <translation>Deadline nabij: nog %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n proposals near their deadline</source>
        <translation>
            <numerusform>%n voorstel bijna op de deadline</numerusform>
            <numerusform>%n voorstellen bijna op de deadline</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — at the deadline it is %2 by default.</source>
        <translation>%1 — bij de deadline wordt het standaard %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rejected</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HIGH risk: a decision is needed</source>
        <translation>HOOG risico: er is een besluit nodig</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n HIGH-risk proposals need a decision</source>
        <translation>
            <numerusform>%n voorstel met HOOG risico heeft een besluit nodig</numerusform>
            <numerusform>%n voorstellen met HOOG risico hebben een besluit nodig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>MEDIUM risk, ran on its own</source>
        <translation>GEMIDDELD risico, zelfstandig uitgevoerd</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n MEDIUM-risk actions ran on their own</source>
        <translation>
            <numerusform>%n actie met GEMIDDELD risico zelfstandig uitgevoerd</numerusform>
            <numerusform>%n acties met GEMIDDELD risico zelfstandig uitgevoerd</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2). It is in the Activity timeline.</source>
        <translation>%1 (%2). Het staat in de tijdlijn Activiteit.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Alert: %1</source>
        <translation>Melding: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n alerts need attention</source>
        <translation>
            <numerusform>%n melding vraagt aandacht</numerusform>
            <numerusform>%n meldingen vragen aandacht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settings → Autopilot lists it until it is resolved.</source>
        <translation>Instellingen → Automatische piloot toont haar tot ze is opgelost.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../ui/widgets/TrendChart.cpp" line="+40"/>
        <source>No revenue recorded yet</source>
        <translation>Nog geen omzet vastgelegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue and profit per day appear here once sales figures are in the workspace.</source>
        <translation>Omzet en winst per dag verschijnen hier zodra er verkoopcijfers in de werkruimte staan.</translation>
    </message>
</context>
<context>
    <name>UndoToast</name>
    <message>
        <location filename="../ui/widgets/UndoToast.cpp" line="+25"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the decision back before its work starts (Ctrl+Z)</source>
        <translation>Neem het besluit terug voordat het werk begint (Ctrl+Z)</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%1 It starts in %n s unless you undo it.</source>
        <translation>
            <numerusform>%1 Het begint over %n s, tenzij je het ongedaan maakt.</numerusform>
            <numerusform>%1 Het begint over %n s, tenzij je het ongedaan maakt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <location filename="../services/users/Users.cpp" line="-126"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approver</source>
        <translation>Goedkeurder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Viewer</source>
        <translation>Kijker</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Only an owner can add users or change roles.</source>
        <translation>Alleen een eigenaar kan gebruikers toevoegen of rollen wijzigen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the user a name.</source>
        <translation>Geef de gebruiker een naam.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is the only owner; make someone else owner first.</source>
        <translation>%1 is de enige eigenaar; maak eerst iemand anders eigenaar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1&apos;s profile is not active.</source>
        <translation>Het profiel van %1 is niet actief.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viewers can look but not decide.</source>
        <translation>Kijkers kunnen kijken maar niet beslissen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only these roles may decide this: %1.</source>
        <translation>Alleen deze rollen mogen hierover beslissen: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody decides their own proposal.</source>
        <translation>Niemand beslist over een eigen voorstel.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../ui/settings/UsersPage.cpp" line="+30"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Owners decide anything and manage users, rules and the emergency stop. Approvers decide what the rules let them. Viewers see everything and change nothing. Nobody decides their own proposal.</source>
        <translation>Eigenaars beslissen over alles en beheren gebruikers, regels en de noodstop. Goedkeurders beslissen wat de regels hun toestaan. Kijkers zien alles en wijzigen niets. Niemand beslist over een eigen voorstel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name, as the person signs in (their account name)</source>
        <translation>Naam, zoals de persoon zich aanmeldt (de accountnaam)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Changes take effect at once and are in the audit trail.</source>
        <translation>Wijzigingen gelden meteen en staan in het auditlogboek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an owner adds users or changes roles; you are %1.</source>
        <translation>Alleen een eigenaar voegt gebruikers toe of wijzigt rollen; jij bent %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is now %2.</source>
        <translation>%1 is nu %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inactive</source>
        <translation>inactief</translation>
    </message>
</context>
<context>
    <name>VariantsModel</name>
    <message>
        <location filename="../models/VariantsModel.cpp" line="+84"/>
        <source>The compare-at price the store shows struck through beside the price</source>
        <translation>De vergelijkingsprijs die de winkel doorgestreept naast de prijs toont</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On sale from %1 to %2</source>
        <translation>In de aanbieding van %1 tot %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On sale until %1</source>
        <translation>In de aanbieding tot %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On sale from %1</source>
        <translation>In de aanbieding vanaf %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sale price the store charges instead of the regular price</source>
        <translation>De actieprijs die de winkel rekent in plaats van de normale prijs</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The store does not track this variant&apos;s stock</source>
        <translation>De winkel houdt de voorraad van deze variant niet bij</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sold out</source>
        <translation>Uitverkocht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the store export had it when it was imported</source>
        <translation>Zoals de winkelexport het had bij het importeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What each connected store has now, as its last sync read it</source>
        <translation>Wat elke gekoppelde winkel nu heeft, zoals de laatste synchronisatie het las</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connected store has this SKU</source>
        <translation>Geen gekoppelde winkel heeft deze SKU</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Was / sale</source>
        <translation>Was / actie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sale</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Was</source>
        <comment>a compare-at price</comment>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock</source>
        <translation>Voorraad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the stores</source>
        <translation>In de winkels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost</source>
        <translation>Kostprijs</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <location filename="../models/ContentModels.cpp" line="+90"/>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did not match the schema</source>
        <translation>Paste niet in het schema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Failed the checks</source>
        <translation>Afgekeurd door de controles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below the pass marks</source>
        <translation>Onder de minimumscores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writer agreed with the problems</source>
        <translation>Schrijver erkende de problemen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passed</source>
        <translation>Geslaagd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Being checked</source>
        <translation>Wordt gecontroleerd</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Instruction: %1</source>
        <translation>Instructie: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edited by %1</source>
        <translation>Bewerkt door %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run %1, attempt %2 · %3</source>
        <translation>Ronde %1, poging %2 · %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempt %1 · %2</source>
        <translation>Poging %1 · %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written by</source>
        <translation>Geschreven door</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
</context>
<context>
    <name>VoiceDistance</name>
    <message>
        <location filename="../services/pipeline/VoiceDistance.cpp" line="+70"/>
        <source>Sentences average %1 words; the brand&apos;s average %2, most between %3 and %4.</source>
        <translation>Zinnen tellen gemiddeld %1 woorden; die van het merk gemiddeld %2, meestal tussen %3 en %4.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Addresses the reader as “je”; the brand says “u”.</source>
        <translation>Spreekt de lezer aan met “je”; het merk zegt “u”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses the reader as “u”; the brand says “je”.</source>
        <translation>Spreekt de lezer aan met “u”; het merk zegt “je”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speaks to the reader directly; the brand&apos;s texts do not.</source>
        <translation>Spreekt de lezer direct aan; de teksten van het merk doen dat niet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never addresses the reader; the brand speaks to them directly.</source>
        <translation>Spreekt de lezer nooit aan; het merk doet dat wel.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Speaks as “I”; the brand speaks as “we”.</source>
        <translation>Spreekt als “ik”; het merk spreekt als “wij”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speaks as “we”; the brand speaks as “I”.</source>
        <translation>Spreekt als “wij”; het merk spreekt als “ik”.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Uses %n exclamation mark(s); the brand uses none.</source>
        <translation>
            <numerusform>Gebruikt %n uitroepteken; het merk gebruikt er geen.</numerusform>
            <numerusform>Gebruikt %n uitroeptekens; het merk gebruikt er geen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exclamation marks end %1 % of its sentences; the brand&apos;s %2 %.</source>
        <translation>Uitroeptekens sluiten %1 % van de zinnen af; bij het merk %2 %.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Uses emoji; the brand never does.</source>
        <translation>Gebruikt emoji; het merk nooit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Harder to read than the brand (reading ease %1; the brand&apos;s %2).</source>
        <translation>Moeilijker te lezen dan het merk (leesgemak %1; het merk %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simpler than the brand writes (reading ease %1; the brand&apos;s %2).</source>
        <translation>Eenvoudiger dan het merk schrijft (leesgemak %1; het merk %2).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Says %1, which the brand never does.</source>
        <translation>Zegt %1, wat het merk nooit zegt.</translation>
    </message>
</context>
<context>
    <name>VoiceExamplesDialog</name>
    <message>
        <location filename="../ui/dialogs/VoiceExamplesDialog.cpp" line="+19"/>
        <source>Measure the voice</source>
        <translation>Stem meten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use as the brand voice</source>
        <translation>Gebruiken als merkstem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learn the brand voice from examples</source>
        <translation>De merkstem leren van voorbeelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste %1 to %2 texts the brand has written — product descriptions, newsletters, posts — with a line of three dashes (---) or a blank line between them. Quorum measures how they are written and says it in words; edit the words before you use them.</source>
        <translation>Plak %1 tot %2 teksten die het merk heeft geschreven — productbeschrijvingen, nieuwsbrieven, berichten — met een regel van drie streepjes (---) of een lege regel ertussen. Quorum meet hoe ze geschreven zijn en zegt dat in woorden; pas de woorden aan voordat je ze gebruikt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The voice, in words, appears here.</source>
        <translation>Hier verschijnt de stem, in woorden.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <location line="+11"/>
        <source>%n text(s)</source>
        <translation>
            <numerusform>%n tekst</numerusform>
            <numerusform>%n teksten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoiceProfile</name>
    <message numerus="yes">
        <location filename="../services/pipeline/VoiceProfile.cpp" line="+111"/>
        <source>Paste at least %1 texts the brand has written (there are %n); one text is not a voice.</source>
        <translation>
            <numerusform>Plak minstens %1 teksten die het merk heeft geschreven (er is er %n); één tekst is nog geen stem.</numerusform>
            <numerusform>Plak minstens %1 teksten die het merk heeft geschreven (er zijn er %n); één tekst is nog geen stem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Paste at most %1 texts (there are %n): choose the ones that sound most like the brand.</source>
        <translation>
            <numerusform>Plak hoogstens %1 teksten (er is er %n): kies de teksten die het meest als het merk klinken.</numerusform>
            <numerusform>Plak hoogstens %1 teksten (er zijn er %n): kies de teksten die het meest als het merk klinken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The texts hold %n words in all; a voice needs at least 150 to be measured.</source>
        <translation>
            <numerusform>De teksten bevatten samen %n woord; om een stem te meten zijn er minstens 150 nodig.</numerusform>
            <numerusform>De teksten bevatten samen %n woorden; om een stem te meten zijn er minstens 150 nodig.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Short sentences</source>
        <translation>Korte zinnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium-length sentences</source>
        <translation>Middellange zinnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long sentences</source>
        <translation>Lange zinnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 words on average, most between %3 and %4.</source>
        <translation>%1: gemiddeld %2 woorden, de meeste tussen %3 en %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Does not address the reader directly.</source>
        <translation>Spreekt de lezer niet rechtstreeks aan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addresses the reader formally, as “u”.</source>
        <translation>Spreekt de lezer formeel aan, met “u”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addresses the reader informally, as “je”.</source>
        <translation>Spreekt de lezer informeel aan, met “je”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaks to the reader as “you”.</source>
        <translation>Spreekt de lezer aan met “je” (“you”).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaks as “we”: the shop, not one person.</source>
        <translation>Spreekt als “wij”: de winkel, niet één persoon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaks as “I”: one person, the maker.</source>
        <translation>Spreekt als “ik”: één persoon, de maker.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not speak of itself: no “we” or “I”.</source>
        <translation>Spreekt niet over zichzelf: geen “wij” of “ik”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No exclamation marks.</source>
        <translation>Geen uitroeptekens.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Exclamation marks: %1 of %n sentences.</source>
        <translation>
            <numerusform>Uitroeptekens: %1 van %n zin.</numerusform>
            <numerusform>Uitroeptekens: %1 van %n zinnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Asks the reader a question now and then (%1 of %n sentences).</source>
        <translation>
            <numerusform>Stelt de lezer af en toe een vraag (%1 van %n zin).</numerusform>
            <numerusform>Stelt de lezer af en toe een vraag (%1 van %n zinnen).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No emoji.</source>
        <translation>Geen emoji.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Emoji: %n in all the examples.</source>
        <translation>
            <numerusform>Emoji: %n in alle voorbeelden samen.</numerusform>
            <numerusform>Emoji: %n in alle voorbeelden samen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Easy to read (reading ease %1).</source>
        <translation>Makkelijk te lezen (leesgemak %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fairly easy to read (reading ease %1).</source>
        <translation>Vrij makkelijk te lezen (leesgemak %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demanding to read (reading ease %1).</source>
        <translation>Veeleisend om te lezen (leesgemak %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words it keeps using: %1.</source>
        <translation>Woorden die steeds terugkomen: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never says: %1.</source>
        <translation>Zegt nooit: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Often opens with %1.</source>
        <translation>Begint vaak met %1.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="+15"/>
        <location line="+4"/>
        <source>Welcome to Quorum</source>
        <translation>Welkom bij Quorum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quorum runs your shop&apos;s listings, campaigns and agents, and asks you when it matters. A workspace is a folder that keeps your products, decisions and generated sites.</source>
        <translation>Quorum beheert de productpagina’s, campagnes en agents van je winkel en vraagt het jou wanneer het ertoe doet. Een werkruimte is een map met je producten, beslissingen en gegenereerde sites.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Explore the demo workspace</source>
        <translation>De demowerkruimte verkennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sample shop with products in every stage, approvals waiting and campaigns running.</source>
        <translation>Een voorbeeldwinkel met producten in elke fase, wachtende goedkeuringen en lopende campagnes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a new workspace</source>
        <translation>Nieuwe werkruimte maken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start empty in a folder you choose.</source>
        <translation>Begin leeg in een map naar keuze.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open an existing workspace</source>
        <translation>Bestaande werkruimte openen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pick a folder that holds quorum.db (or a team&apos;s team.json).</source>
        <translation>Kies een map met quorum.db (of de team.json van een team).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join a team workspace</source>
        <translation>Aansluiten bij een teamwerkruimte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your team&apos;s workspace on a PostgreSQL server: one queue and one set of approvals for every desk.</source>
        <translation>De werkruimte van je team op een PostgreSQL-server: één wachtrij en één stel goedkeuringen voor elke werkplek.</translation>
    </message>
</context>
<context>
    <name>WooCommerceClient</name>
    <message>
        <location filename="../services/commerce/WooCommerceClient.cpp" line="+70"/>
        <source>(the address does not serve the WooCommerce REST API: check the store URL and that WooCommerce is active)</source>
        <translation>(op dit adres draait geen WooCommerce REST API: controleer het winkeladres en of WooCommerce actief is)</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>the list answer is not a JSON array</source>
        <translation>het antwoord op de lijst is geen JSON-array</translation>
    </message>
</context>
<context>
    <name>WordPressClient</name>
    <message>
        <location filename="../services/commerce/WordPressClient.cpp" line="+78"/>
        <source>(WordPress did not see the credentials: the server may strip the Authorization header)</source>
        <translation>(WordPress zag geen inloggegevens: de server verwijdert mogelijk de Authorization-header)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 does not look like a WordPress site: it announces no REST API (no Link rel=&quot;https://api.w.org/&quot; header)</source>
        <translation>%1 lijkt geen WordPress-site: er wordt geen REST API aangekondigd (geen Link rel=&quot;https://api.w.org/&quot;-header)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the site answered HTTP %1</source>
        <translation>de site antwoordde met HTTP %1</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../services/storage/Workspace.cpp" line="+27"/>
        <source>%1 is a file, not a folder. Choose a folder for the workspace.</source>
        <translation>%1 is een bestand, geen map. Kies een map voor de werkruimte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+53"/>
        <source>Cannot create the folder %1. Check that it is writable.</source>
        <translation>Kan de map %1 niet aanmaken. Controleer of je er mag schrijven.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Cannot reach the team workspace&apos;s database server %1: %2</source>
        <translation>De databaseserver van de teamwerkruimte %1 is niet bereikbaar: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open the workspace database %1: %2</source>
        <translation>Kan de werkruimtedatabase %1 niet openen: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 does not name a team workspace&apos;s server (expected {&quot;server&quot;: &quot;postgresql://user@host:5432/database&quot;}).</source>
        <translation>%1 noemt geen server van een teamwerkruimte (verwacht: {&quot;server&quot;: &quot;postgresql://gebruiker@host:5432/database&quot;}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a postgresql:// address.</source>
        <translation>%1 is geen postgresql://-adres.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>WorkspaceMigration</name>
    <message>
        <location filename="../services/server/WorkspaceMigration.cpp" line="+128"/>
        <source>Copying %1 (rows %2 to %3) failed: %4</source>
        <translation>Het kopiëren van %1 (rijen %2 tot %3) mislukte: %4</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The copy differs from the workspace: %1.</source>
        <translation>De kopie verschilt van de werkruimte: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audit trail on the server does not verify at entry %1: %2</source>
        <translation>Het auditspoor op de server klopt niet bij regel %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The audit trail on the server does not end where the workspace&apos;s does.</source>
        <translation>Het auditspoor op de server eindigt niet waar dat van de werkruimte eindigt.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 is a team workspace on %2 already.</source>
        <translation>%1 is al een teamwerkruimte op %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a team workspace on %2 already, and keeps no SQLite database to compare it with.</source>
        <translation>%1 is al een teamwerkruimte op %2 en bewaart geen SQLite-database om hem mee te vergelijken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a Quorum workspace (it has no quorum.db).</source>
        <translation>%1 is geen Quorum-werkruimte (er staat geen quorum.db in).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 exists already: move it away first, it is where the SQLite database is kept after the move.</source>
        <translation>%1 bestaat al: verplaats het eerst, daar wordt de SQLite-database na de verhuizing bewaard.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot open %1: %2</source>
        <translation>Kan %1 niet openen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach %1: %2</source>
        <translation>Kan %1 niet bereiken: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quorum is working on this workspace (%1 on %2, pid %3): stop it first.</source>
        <translation>Quorum werkt aan deze werkruimte (%1 op %2, pid %3): stop het eerst.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot make the schema on %1: %2</source>
        <translation>Kan het schema op %1 niet aanmaken: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds another workspace (copied from %2): choose an empty database.</source>
        <translation>%1 bevat een andere werkruimte (gekopieerd uit %2): kies een lege database.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not hold this workspace&apos;s copy.</source>
        <translation>%1 bevat de kopie van deze werkruimte niet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds another workspace: choose an empty database.</source>
        <translation>%1 bevat een andere werkruimte: kies een lege database.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot rename %1 to %2.</source>
        <translation>Kan %1 niet hernoemen naar %2.</translation>
    </message>
</context>
<context>
    <name>WorkspaceSession</name>
    <message>
        <location filename="../app/WorkspaceSession.cpp" line="+190"/>
        <source>Cannot prepare the workspace: %1</source>
        <translation>Kan de werkruimte niet gereedmaken: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The demo&apos;s sandbox could not start: %1</source>
        <translation>De sandbox van de demo kon niet starten: %1</translation>
    </message>
    <message>
        <location line="+326"/>
        <source>No AI provider is set up to write. Add one in Settings → Providers (or open the demo workspace).</source>
        <translation>Er is geen AI-aanbieder ingesteld om te schrijven. Voeg er een toe via Instellingen → Aanbieders (of open de demowerkruimte).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No AI provider is set up to review. Two different models must agree: add a second provider in Settings → Providers.</source>
        <translation>Er is geen AI-aanbieder ingesteld om te beoordelen. Twee verschillende modellen moeten het eens zijn: voeg een tweede aanbieder toe via Instellingen → Aanbieders.</translation>
    </message>
</context>
<context>
    <name>WorkspaceStatusBar</name>
    <message>
        <location filename="../ui/WorkspaceStatusBar.cpp" line="+39"/>
        <source>Pause the pipeline</source>
        <translation>De pijplijn pauzeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume the pipeline</source>
        <translation>De pijplijn hervatten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emergency stop</source>
        <translation>Noodstop</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Workspace: %1 — demo data, served by the local sandbox</source>
        <translation>Werkruimte: %1 — demogegevens, geleverd door de lokale sandbox</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workspace: %1</source>
        <translation>Werkruimte: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n pending approval(s)</source>
        <translation>
            <numerusform>%n wachtende goedkeuring</numerusform>
            <numerusform>%n wachtende goedkeuringen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the approvals queue (Ctrl+3)</source>
        <translation>De wachtrij met goedkeuringen openen (Ctrl+3)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n expiring soon</source>
        <translation>
            <numerusform>%n verloopt binnenkort</numerusform>
            <numerusform>%n verlopen binnenkort</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposals whose deadline is near; at the deadline the rule&apos;s default applies</source>
        <translation>Voorstellen waarvan de deadline nadert; bij de deadline geldt de standaard van de regel</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Offline · %n waiting to publish</source>
        <translation>
            <numerusform>Offline · %n wacht op publicatie</numerusform>
            <numerusform>Offline · %n wachten op publicatie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n waiting to publish</source>
        <translation>
            <numerusform>%n wacht op publicatie</numerusform>
            <numerusform>%n wachten op publicatie</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network is down: publishing waits and starts again, in order, when it is back</source>
        <translation>Het netwerk is weg: publiceren wacht en gaat op volgorde verder zodra het terug is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish jobs in the queue</source>
        <translation>Publicatietaken in de wachtrij</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The team server answers again: everything was read afresh.</source>
        <translation>De teamserver antwoordt weer: alles is opnieuw ingelezen.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n decision(s) kept here</source>
        <translation>
            <numerusform>%n beslissing hier bewaard</numerusform>
            <numerusform>%n beslissingen hier bewaard</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team server unreachable · read-only · trying again</source>
        <translation>Teamserver onbereikbaar · alleen lezen · probeert opnieuw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sending kept decisions</source>
        <translation>Bewaarde beslissingen worden verstuurd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quorum cannot reach the team&apos;s database server %1. What you see is what it read last; changes cannot be saved until it answers again, but approvals and rejections are kept on this computer and reach the team, once each, when it does. Quorum tries every two seconds.</source>
        <translation>Quorum kan de databaseserver van het team, %1, niet bereiken. Je ziet wat het als laatste las; wijzigingen kunnen pas worden opgeslagen als hij weer antwoordt, maar goedkeuringen en afwijzingen worden op deze computer bewaard en bereiken het team, elk één keer, zodra hij dat doet. Quorum probeert het elke twee seconden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The approvals and rejections kept on this computer while the team&apos;s database server was away are being sent, once each. One that someone else decided meanwhile, or that is no longer allowed, is not applied, and Quorum says which.</source>
        <translation>De goedkeuringen en afwijzingen die op deze computer zijn bewaard terwijl de databaseserver van het team weg was, worden verstuurd, elk één keer. Een beslissing over een voorstel waarover iemand anders intussen besliste, of die niet meer is toegestaan, wordt niet toegepast, en Quorum zegt welke.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions are recorded as %1. File → Switch user… to change.</source>
        <translation>Besluiten worden vastgelegd als %1. Bestand → Van gebruiker wisselen… om dat te veranderen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pipeline: %1 running, %2 queued</source>
        <translation>Pijplijn: %1 bezig, %2 in de wachtrij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline: idle</source>
        <translation>Pijplijn: wacht op werk</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Pipeline paused · %n queued</source>
        <translation>
            <numerusform>Pijplijn gepauzeerd · %n in de wachtrij</numerusform>
            <numerusform>Pijplijn gepauzeerd · %n in de wachtrij</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EMERGENCY STOP: no agent acts until an owner resumes</source>
        <translation>NOODSTOP: geen agent doet iets tot een eigenaar hervat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pause, resume or stop the pipeline (Pipeline menu)</source>
        <translation>De pijplijn pauzeren, hervatten of stoppen (menu Pijplijn)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+83"/>
        <source>Quorum cannot start</source>
        <translation>Quorum kan niet starten</translation>
    </message>
</context>
</TS>
