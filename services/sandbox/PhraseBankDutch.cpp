#include "PhraseBank.h"

using namespace Qt::StringLiterals;

// Dutch templates, the same topics as the English bank. Simple sentence patterns: the product is
// named or addressed as "het" only through {thing}, which is always a het-word (kledingstuk,
// product, accessoire, ...), so articles and relative pronouns stay right.
PhraseBank::Bank PhraseBank::dutch()
{
    Bank b;
    b.insert(u"opening"_s,
        {u"Sommige dingen maken je dag gewoon makkelijker, en dit is er een van."_s,
            u"Een goed gemaakt {thing} merk je meteen zodra je het [gebruikt|vastpakt|uit de doos haalt]."_s,
            u"Goed ontwerp is vaak stil: het doet zijn werk, zodat jij verder kunt met het jouwe."_s,
            u"Hier is een {thing} dat elke dag zijn plek verdient."_s,
            u"Houd je van dingen die [goed werken|goed voelen] en lang meegaan? Lees dan verder."_s,
            u"Goede dagen beginnen met dingen die gewoon werken."_s,
            u"Wat een {thing} de moeite waard maakt, merk je pas na een jaar gebruik, niet op de eerste dag."_s,
            u"Dit is het soort {thing} waar je niet meer over nadenkt, omdat het gewoon doet wat het moet doen."_s});
    b.insert(u"name_intro"_s,
        {u"Precies daarvoor is {name} gemaakt."_s, u"{name} is met dat idee [ontworpen|gemaakt]."_s,
            u"Maak kennis met {name}."_s, u"{name} doet dat zonder gedoe."_s, u"Dat is het idee achter {name}."_s});
    b.insert(u"desc"_s, {u"{desc}"_s});
    b.insert(u"material"_s,
        {u"{name} is gemaakt van {material}."_s,
            u"Het materiaal is {material}, [gekozen om hoe het aanvoelt en hoe het ouder wordt|gekozen omdat het "
            u"tegen dagelijks gebruik kan]."_s,
            u"{material} zorgt ervoor dat het vanaf de eerste dag prettig aanvoelt."_s,
            u"We kozen voor {material} omdat het [lang mooi blijft|tegen dagelijks gebruik kan|mooi ouder "
            u"wordt]."_s,
            u"Alles begint bij het materiaal: {material}, [met zorg gekozen|gekozen voor dagelijks gebruik]."_s,
            u"{material} is het hart van dit ontwerp."_s});
    b.insert(u"material.wool"_s,
        {u"{material} houdt je warm zonder dik te zijn en ademt als je beweegt."_s,
            u"{material} blijft lang fris, dus je hoeft het minder vaak te wassen dan je denkt."_s,
            u"{material} voelt zacht aan op de huid en houdt zijn vorm."_s});
    b.insert(u"material.linen"_s,
        {u"{material} ademt, dus het blijft prettig op warme dagen."_s,
            u"{material} wordt zachter bij elke wasbeurt."_s, u"{material} is sterk en makkelijk te onderhouden."_s});
    b.insert(u"material.wood"_s,
        {u"{material} heeft een nerf die elk exemplaar net even anders maakt."_s,
            u"Met af en toe een beetje olie blijft {material} jarenlang mooi."_s,
            u"{material} voelt warm aan en krijgt met de jaren karakter."_s});
    b.insert(u"material.ceramic"_s,
        {u"{material} is stevig en prettig om vast te houden."_s,
            u"Elk stuk in {material} heeft kleine verschillen die het uniek maken."_s,
            u"{material} is makkelijk schoon te maken en blijft er goed uitzien."_s});
    b.insert(u"material.metal"_s,
        {u"{material} is gemaakt voor jarenlang dagelijks gebruik."_s, u"{material} kan wel tegen een stootje."_s,
            u"{material} is makkelijk schoon te houden en blijft er goed uitzien."_s});
    b.insert(u"material.glass"_s,
        {u"Door {material} zie je precies wat erin zit."_s, u"{material} neemt geen geuren of vlekken op."_s});
    b.insert(u"material.leather"_s,
        {u"{material} krijgt meer karakter naarmate je het langer gebruikt."_s, u"{material} is soepel en sterk."_s});
    b.insert(u"material.synthetic"_s,
        {u"{material} is licht en droogt snel."_s,
            u"{material} is sterk genoeg voor buiten en licht genoeg om te vergeten."_s});
    b.insert(u"material.silk"_s, {u"{material} voelt koel en glad aan op de huid."_s});
    b.insert(u"material.generic"_s,
        {u"{material} is gekozen om hoe lang het meegaat, niet alleen om hoe het eruitziet."_s,
            u"{material} is makkelijk in de omgang en blijft er goed uitzien."_s});
    b.insert(u"colour"_s,
        {u"De kleur {colour} past bij bijna alles."_s,
            u"Het is verkrijgbaar in {colour}, een tint die makkelijk te combineren is."_s,
            u"In {colour} oogt het [rustig en ingetogen|rustig en tijdloos]."_s});
    b.insert(u"colours"_s, {u"Het is verkrijgbaar in {colours}."_s, u"Kies uit {colours}."_s});
    b.insert(u"sizes"_s,
        {u"Het is verkrijgbaar in de maten {sizes}."_s, u"Kies uit de maten {sizes}."_s,
            u"De maten lopen van {first_size} tot en met {last_size}."_s});
    b.insert(u"size_single"_s, {u"Het is verkrijgbaar in {single_size}."_s});
    b.insert(u"fit"_s,
        {u"Neem de maat die je normaal draagt; zit je tussen twee maten, dan helpt de maattabel je kiezen."_s,
            u"Houd je van een ruimere pasvorm, neem dan een maat groter."_s,
            u"Twijfel je tussen twee maten? Kies de kleinere voor een nauwere pasvorm en de grotere voor meer "
            u"ruimte."_s});
    b.insert(u"audience"_s,
        {u"Het is gemaakt met {audience} in gedachten."_s, u"We maakten het voor {audience}."_s,
            u"Het is een logische keuze voor {audience}."_s, u"Het past bijzonder goed bij {audience}."_s,
            u"Voor {audience} is het [een makkelijke keuze|een goede keuze]."_s});
    b.insert(u"price"_s,
        {u"Het kost {price}."_s, u"{name} kost {price}."_s, u"Voor {price} heb je een {thing} dat lang meegaat."_s,
            u"De prijs is {price}, zonder verborgen kosten."_s, u"Je bestelt het vandaag voor {price}."_s});
    b.insert(u"value"_s,
        {u"De prijs is bedoeld voor jaren gebruik, niet voor één seizoen."_s,
            u"Koop het één keer en je hoeft het voorlopig niet te vervangen."_s,
            u"Eerlijke prijzen vinden we belangrijk, net als dingen die lang meegaan."_s});
    b.insert(u"usage.apparel"_s,
        {u"Draag het naar je werk, in het weekend en alles daartussen."_s,
            u"Het combineert makkelijk in laagjes, dus het werkt van de vroege ochtend tot de late avond."_s,
            u"Chic of juist casual: het staat altijd goed."_s,
            u"Het is waar je naar grijpt als je er verzorgd uit wilt zien zonder moeite."_s,
            u"Het reist goed mee en komt netjes uit je tas."_s,
            u"Combineer het met wat je al hebt; het past in je garderobe zonder de aandacht op te eisen."_s,
            u"Het beweegt met je mee, of je nu naar je werk fietst of de hond uitlaat."_s});
    b.insert(u"usage.home"_s,
        {u"Gebruik het elke dag; het is gemaakt voor de keukentafel, niet voor de vitrinekast."_s,
            u"Het maakt dagelijkse routines thuis net iets prettiger."_s,
            u"Het staat mooi op tafel en werkt net zo goed achter de schermen."_s,
            u"Gasten zien het meteen, en jij geniet ervan als niemand kijkt."_s,
            u"Het past in een druk huishouden zonder speciale behandeling te vragen."_s,
            u"Van een rustig ontbijt tot een lang diner met vrienden: het is er klaar voor."_s,
            u"Het brengt wat rust in de ruimte waar het staat."_s});
    b.insert(u"usage.beauty"_s,
        {u"Het past makkelijk in je ochtend- of avondroutine."_s, u"Een beetje is genoeg, dus je doet er lang mee."_s,
            u"Zet het bij de wastafel of neem het mee; het reist goed."_s,
            u"Het is eenvoudig in gebruik en prettig genoeg voor elke dag."_s,
            u"Het maakt van een dagelijkse routine een klein moment voor jezelf."_s,
            u"Het hoort in het badkamerkastje en in je weekendtas."_s});
    b.insert(u"usage.outdoor"_s,
        {u"Neem het mee op een dagwandeling, een weekend weg of gewoon naar het park."_s,
            u"Het is klaar voor wisselend weer en lange dagen buiten."_s,
            u"Inpakken, gebruiken en weer inpakken: het is gemaakt voor onderweg."_s,
            u"Het verdient op elke tocht een plek in je tas."_s,
            u"Van vroege starts tot avonden bij het kampvuur: het houdt het bij."_s,
            u"Het is licht genoeg om mee te nemen en stevig genoeg om op te vertrouwen."_s});
    b.insert(u"usage.tech"_s,
        {u"Het houdt je bureau opgeruimd en je spullen binnen handbereik."_s,
            u"Het gaat 's ochtends in je tas en komt eruit waar je ook werkt."_s,
            u"Het maakt de spullen die je elke dag gebruikt net wat prettiger."_s,
            u"Thuis, op kantoor of in de trein: het doet rustig zijn werk."_s,
            u"Het brengt orde in kabels, opladers en de rest van de dagelijkse rommel."_s,
            u"Het is een kleine verbetering die je elke werkdag merkt."_s});
    b.insert(u"usage.generic"_s,
        {u"Gebruik het elke dag; daar is het voor gemaakt."_s,
            u"Het past in je dagelijks leven zonder om aandacht te vragen."_s,
            u"Het is gemaakt om te gebruiken, niet om te bewaren voor speciale gelegenheden."_s,
            u"Het doet wat het belooft, dag na dag."_s, u"Je vindt er sneller een toepassing voor dan je denkt."_s,
            u"Het is makkelijk in de omgang en prettig in gebruik."_s});
    b.insert(u"care.apparel"_s,
        {u"Het onderhoud is eenvoudig: volg het waslabel en het blijft lang mooi."_s,
            u"Was het met vergelijkbare kleuren en laat het vanzelf drogen."_s,
            u"Met een beetje zorg kom je ver: laat het tussen het dragen door luchten."_s});
    b.insert(u"care.home"_s,
        {u"Het onderhoud is eenvoudig: afspoelen en afnemen is meestal genoeg."_s,
            u"Was het met de hand en droog het meteen af, dan blijft het mooi."_s,
            u"Behandel het goed en het hoort nog lang bij je keuken."_s});
    b.insert(u"care.beauty"_s,
        {u"Bewaar het op een koele, droge plek en sluit het goed na gebruik."_s,
            u"Houd het uit direct zonlicht, dan blijft het in goede staat."_s,
            u"Gebruik schone, droge handen of een spatel, zo blijft het fris."_s});
    b.insert(u"care.outdoor"_s,
        {u"Laat het na een tocht helemaal drogen voordat je het opbergt."_s,
            u"Borstel vuil eraf als het droog is en het gaat nog lang mee."_s,
            u"Een snelle schoonmaakbeurt na elke tocht houdt het klaar voor de volgende."_s});
    b.insert(u"care.tech"_s,
        {u"Neem het af met een zachte, droge doek, dan blijft het er als nieuw uitzien."_s,
            u"Houd het uit de buurt van water en directe hitte."_s,
            u"Af en toe afstoffen is alle zorg die het nodig heeft."_s});
    b.insert(u"care.generic"_s,
        {u"Het onderhoud kost weinig moeite."_s, u"Volg de onderhoudsinstructies en het gaat lang mee."_s,
            u"Houd het schoon en droog, dan heb je er lang plezier van."_s});
    b.insert(u"care_item.apparel"_s,
        {u"Lees het waslabel voor de eerste wasbeurt."_s, u"Was met vergelijkbare kleuren."_s,
            u"Keer het binnenstebuiten voor het wassen."_s,
            u"Laat plat of aan de lijn drogen, uit de buurt van directe hitte."_s,
            u"Verwijder pluisjes met een zachte kledingborstel."_s,
            u"Bewaar het opgevouwen in plaats van op een hanger, zo blijft de vorm mooi."_s,
            u"Laat het tussen het dragen door luchten; het hoeft minder vaak in de was dan je denkt."_s,
            u"Gebruik een mild wasmiddel."_s});
    b.insert(u"care_item.home"_s,
        {u"Was met de hand in warm sop."_s, u"Droog direct af met een zachte doek."_s,
            u"Gebruik geen schuursponsjes of agressieve schoonmaakmiddelen."_s, u"Laat het niet in het water staan."_s,
            u"Bewaar het op een droge plek."_s, u"Neem het na elk gebruik schoon af."_s,
            u"Laat het afkoelen voordat je het schoonmaakt."_s});
    b.insert(u"care_item.beauty"_s,
        {u"Bewaar op een koele, droge plek."_s, u"Niet in direct zonlicht bewaren."_s, u"Sluit goed na elk gebruik."_s,
            u"Gebruik met schone, droge handen."_s, u"Gebruik binnen de termijn die op de verpakking staat."_s});
    b.insert(u"care_item.outdoor"_s,
        {u"Borstel vuil eraf zodra het droog is."_s, u"Spoel na gebruik af met schoon water."_s,
            u"Laat het helemaal drogen voordat je het opbergt."_s, u"Bewaar op een koele, droge plek."_s,
            u"Controleer het voor elke tocht."_s, u"Maak schoon met een vochtige doek en milde zeep."_s});
    b.insert(u"care_item.tech"_s,
        {u"Neem af met een zachte, droge doek."_s, u"Houd uit de buurt van water en vocht."_s,
            u"Vermijd directe hitte en fel zonlicht."_s,
            u"Gebruik geen oplosmiddelen of agressieve schoonmaakmiddelen."_s,
            u"Bewaar op een droge plek als je het niet gebruikt."_s});
    b.insert(u"care_item.generic"_s,
        {u"Maak schoon met een zachte, vochtige doek."_s, u"Houd het droog als je het niet gebruikt."_s,
            u"Gebruik geen agressieve schoonmaakmiddelen."_s, u"Bewaar op een koele, droge plek."_s,
            u"Volg de aanwijzingen op het etiket."_s});
    b.insert(u"care_sustainability"_s,
        {u"Een goed onderhouden product gaat langer mee, en dat is op zich al een duurzame keuze."_s});
    b.insert(u"machine_wash"_s, {u"Wasbaar in de machine; kies een fijnwasprogramma."_s});
    b.insert(u"warning.apparel"_s,
        {u"Uit de buurt van open vuur houden."_s, u"Houd het weg van ruwe oppervlakken die de stof kunnen haken."_s});
    b.insert(u"warning.home"_s,
        {u"Buiten bereik van kleine kinderen houden."_s, u"Voorzichtig: het kan breken als het valt."_s,
            u"Alleen in de vaatwasser als het etiket dat aangeeft."_s});
    b.insert(u"warning.beauty"_s,
        {u"Alleen voor uitwendig gebruik."_s, u"Stop met gebruiken als er irritatie optreedt."_s,
            u"Buiten bereik van kinderen houden."_s});
    b.insert(u"warning.outdoor"_s, {u"Uit de buurt van open vuur houden."_s, u"Niet nat opbergen."_s});
    b.insert(u"warning.tech"_s,
        {u"Uit de buurt van water houden."_s, u"Gebruik geen beschadigde kabel of beschadigd apparaat."_s});
    b.insert(u"warning.generic"_s,
        {u"Buiten bereik van kleine kinderen houden."_s, u"Uit de buurt van open vuur houden."_s});
    b.insert(u"durability"_s,
        {u"Het is gemaakt om lang mee te gaan, zonder zwakke plekken die het na een paar maanden opgeven."_s,
            u"We maken liever één ding goed dan drie dingen snel."_s,
            u"Het is gemaakt om vaak gebruikt te worden, en wordt er alleen maar mooier van."_s,
            u"Elk detail is erop gemaakt om dagelijks gebruik te doorstaan."_s,
            u"Over een paar jaar hoort het nog steeds bij je favorieten."_s,
            u"Omdat het goed gemaakt is, hoef je het voorlopig niet te vervangen."_s});
    b.insert(u"design"_s,
        {u"Het ontwerp is [rustig|ingetogen] en makkelijk te combineren met wat je al hebt."_s,
            u"Niets eraan is er voor de show; elk detail heeft een [functie|doel]."_s,
            u"De eenvoudige lijnen [raken niet gedateerd|blijven seizoen na seizoen mooi]."_s,
            u"De afwerking is [ingetogen|subtiel], zodat het mooi ouder wordt."_s,
            u"Het ziet er eenvoudig uit omdat er veel over is nagedacht."_s,
            u"Strakke lijnen en eerlijke materialen: meer is er niet nodig."_s});
    b.insert(u"everyday"_s,
        {u"Het is het soort ding waar je [als eerste|zonder nadenken] naar grijpt."_s,
            u"Kleine keuzes tellen op, en dit is een makkelijke."_s,
            u"Het maakt een gewone dag [net wat|een beetje] beter."_s,
            u"Je gebruikt het vaker dan je [denkt|verwacht]."_s, u"Er is geen speciale gelegenheid voor nodig."_s,
            u"Binnen een week hoort het bij je vaste routine."_s});
    b.insert(u"values"_s,
        {u"We houden ons assortiment bewust klein, zodat elk product onze [volle|volledige] aandacht krijgt."_s,
            u"We verkopen liever minder dingen en zorgen dat elk ervan klopt."_s,
            u"[Alles|Bijna alles] wat we verkopen, gebruiken we [zelf ook|zelf thuis]."_s,
            u"We beschrijven onze producten eenvoudig, omdat goede dingen [voor zichzelf spreken|geen grote woorden "
            u"nodig hebben]."_s,
            u"We testen elk product zoals jij het gaat gebruiken: vaak, en zonder speciale zorg."_s,
            u"Ons assortiment {category} is klein, en dat houden we graag zo."_s,
            u"We kiezen makers die de tijd nemen om dingen [goed|zorgvuldig] te doen."_s,
            u"Een product verdient een plek in onze winkel door nuttig te zijn, niet door nieuw te zijn."_s,
            u"Een goed product moet makkelijk te begrijpen zijn, dus we houden het verhaal eenvoudig."_s,
            u"Achter elk product in onze winkel zit een keuze waar we goed over hebben nagedacht."_s,
            u"Kwaliteit zie je in de details die je pas na een [tijdje|paar weken] opvallen."_s,
            u"Klopt er iets niet, dan horen we het graag."_s});
    b.insert(u"combo"_s,
        {u"Gemaakt van {material} is het [eenvoudig|makkelijk] in gebruik en makkelijk te onderhouden."_s,
            u"{material} en de kleur {colour} maken het makkelijk te combineren."_s,
            u"Voor {audience} is {material} een [verstandige|goede] keuze."_s,
            u"Voor {price} heb je een {thing} van {material}, [gemaakt voor jaren|gemaakt voor dagelijks "
            u"gebruik]."_s,
            u"Elke maat, van {first_size} tot en met {last_size}, is gemaakt van {material}."_s,
            u"{name} is verkrijgbaar in {colour} en gemaakt van {material}."_s,
            u"{material} en de kleur {colour} passen [goed|mooi] bij elkaar."_s,
            u"Het meet {dimensions} en is gemaakt van {material}."_s,
            u"Met {volume} inhoud en een behuizing van {material} is het [praktisch|makkelijk in gebruik]."_s});
    b.insert(u"detail"_s,
        {u"Het hoort bij ons assortiment {category}, dat we [bewust klein houden|rustig uitbreiden]."_s,
            u"Kijk goed en je ziet de zorg die erin zit."_s,
            u"Er is niets ingewikkelds aan, en dat is [precies de bedoeling|juist het idee]."_s,
            u"Ben je nieuw in onze winkel, dan is {name} een [goed|logisch] begin."_s,
            u"Het is [makkelijk te begrijpen en makkelijk te gebruiken|eenvoudig in gebruik en fijn om te hebben]."_s,
            u"We kozen {name} omdat dit product één ding doet en dat [goed|zorgvuldig] doet."_s,
            u"We denken dat dit zo'n {thing} is dat je houdt."_s,
            u"Hoe vaker je het gebruikt, hoe meer [je de kleine dingen ziet die goed gedaan zijn|het van jou "
            u"wordt]."_s});
    b.insert(u"moment"_s,
        {u"Op een [drukke|rustige] ochtend is het één ding minder om aan te denken."_s,
            u"Het is er als je het nodig hebt en staat niet in de weg als je het niet nodig hebt."_s,
            u"[Na een lange dag|Aan het eind van de week] zijn het de kleine dingen zoals dit die het verschil "
            u"maken."_s,
            u"Het past bij hoe je al leeft, in plaats van te vragen dat je iets verandert."_s,
            u"Of het nu doordeweeks is of weekend, het [doet zijn werk|staat klaar]."_s,
            u"Het voelt thuis in een [klein appartement|druk huishouden] net zo goed als ergens anders."_s,
            u"Het gebruik wordt al snel een tweede natuur, en dat is de echte test voor elk {thing}."_s,
            u"Het zorgt ervoor dat [gewone routines|alledaagse momenten] net wat soepeler lopen."_s});
    b.insert(u"service"_s,
        {u"Vragen voordat je bestelt? Ons team beantwoordt elk bericht persoonlijk."_s,
            u"Twijfel je of het bij je past? Stuur ons een bericht en we helpen je kiezen."_s,
            u"We pakken elke bestelling met zorg in."_s,
            u"Is het niet wat je verwachtte, laat het ons weten en we lossen het op."_s,
            u"Ons klantenteam helpt je graag met maten, onderhoud of iets anders."_s,
            u"Bestellen is eenvoudig, en we houden je op de hoogte tot het er is."_s});
    b.insert(u"gift"_s,
        {u"Het is een attent cadeau waarmee je weinig fout kunt doen."_s,
            u"Op zoek naar een cadeau? Dit is er een dat mensen echt gebruiken."_s,
            u"Geef het aan iemand die je graag mag, of houd het zelf."_s,
            u"Het is een cadeau dat gebruikt wordt, niet weggelegd."_s,
            u"Voor een verjaardag, als bedankje of zomaar: je zit er goed mee."_s});
    b.insert(u"sustainability"_s,
        {u"Minder maar betere dingen kopen is een duurzame keuze, en dit is er een van."_s,
            u"Omdat het lang meegaat, belandt er weer iets minder in de prullenbak: duurzaam op zijn eenvoudigst."_s,
            u"Duurzaamheid begint bij dingen die je niet hoeft te vervangen."_s,
            u"We denken aan duurzaamheid over jaren gebruik, niet alleen als een product nieuw is."_s,
            u"Een product dat lang meegaat is de duurzame keuze: beter voor de planeet dan een product dat je twee "
            u"keer koopt."_s,
            u"Duurzame keuzes moeten makkelijk zijn, en deze is dat."_s,
            u"{material} is gekozen met oog voor de impact op het milieu."_s});
    b.insert(u"comfort"_s,
        {u"Comfort staat voorop: je vergeet dat je het gebruikt."_s,
            u"Het voelt vanaf de eerste dag goed aan en blijft dat doen."_s,
            u"Comfort zit in de details, en daar hebben we de tijd voor genomen."_s,
            u"Het is comfortabel op de stille manier die ertoe doet: je denkt er nooit aan."_s,
            u"Zacht waar het moet en stevig waar het nodig is."_s});
    b.insert(u"tone.playful"_s,
        {u"Zeg maar dag tegen je oude favoriet!"_s, u"Let op: je wilt misschien nooit meer iets anders!"_s,
            u"Toe maar, verwen jezelf!"_s, u"Je toekomstige zelf zegt alvast dank je wel!"_s,
            u"Het leven is te kort voor dingen die niet werken!"_s, u"Spoiler: het doet precies wat het belooft!"_s});
    b.insert(u"tone.formal"_s,
        {u"Dit product is ontwikkeld met aandacht voor functie, kwaliteit en levensduur."_s,
            u"Het voldoet zonder concessies aan de eisen van dagelijks gebruik."_s,
            u"Elk onderdeel van de constructie is zorgvuldig overwogen."_s,
            u"Het is een verstandige investering voor de kritische koper."_s,
            u"Het is geschikt voor zowel zakelijk als privégebruik."_s,
            u"De specificaties staan overzichtelijk bij de details."_s});
    b.insert(u"tone.warm"_s,
        {u"We denken dat je hier blij van wordt."_s, u"We hebben het gemaakt zoals we het zelf zouden willen."_s,
            u"Het is zo'n ding waardoor thuis echt als thuis voelt."_s,
            u"We hopen dat je er net zoveel plezier aan beleeft als wij."_s,
            u"Fijn dat je de tijd neemt om erover te lezen."_s,
            u"Het is met zorg gemaakt, en we hopen dat je dat merkt."_s});
    b.insert(u"tone.plain"_s,
        {u"Dit zijn de feiten."_s, u"Het doet wat het zegt."_s, u"Geen poespas, gewoon een goed {thing}."_s,
            u"Meer is er niet over te zeggen."_s, u"Eenvoudig, en het werkt."_s});
    b.insert(u"closing"_s,
        {u"Bestel het vandaag en ontdek zelf het verschil."_s,
            u"Leg het in je winkelmandje en ontdek waarom wij er zo blij mee zijn."_s,
            u"Bekijk het in onze webwinkel."_s, u"Neem contact op als je vragen hebt; we helpen je graag."_s,
            u"Probeer het; we denken dat je het houdt."_s,
            u"Het ligt klaar voor verzending, dus het kan snel bij je zijn."_s, u"Ontdek het vandaag in onze winkel."_s,
            u"Als je het eenmaal gebruikt, vraag je je af hoe het ooit zonder ging."_s});
    b.insert(u"choosing"_s,
        {u"Goede {topic} kiezen begint met één vraag: hoe vaak ga je het gebruiken?"_s,
            u"Kijk eerst naar het materiaal; dat bepaalt hoe een {thing} aanvoelt en hoe lang het meegaat."_s,
            u"Let op wat de maker echt vermeldt, en wees voorzichtig met beloftes die niet worden [uitgelegd|"
            u"onderbouwd]."_s,
            u"Een eenvoudig ontwerp overleeft meestal een trend, [ook bij {topic}|en {topic} zijn daarop geen "
            u"uitzondering]."_s,
            u"Denk aan het onderhoud voordat je koopt: een {thing} dat lastig te onderhouden is, gebruik je niet."_s,
            u"De prijs hoort erbij, maar de kosten per gebruik zeggen [meer|veel meer]."_s,
            u"Lees de productinformatie [goed|zorgvuldig]: de feiten die een winkel geeft, vertellen veel over hoe "
            u"iets "
            u"gemaakt is."_s,
            u"Koop {topic} als het kan bij winkels die vragen beantwoorden en achter hun producten staan."_s,
            u"Minder maar betere dingen zijn makkelijker om mee te leven dan een kast vol bijna goed."_s,
            u"Let op de kleine details, zoals [afwerking en randen|naden en hoeken], want daaraan zie je hoe "
            u"zorgvuldig iets gemaakt is."_s,
            u"Vraag jezelf af waar een nieuw {thing} in huis of in je routine een plek krijgt voordat je bestelt."_s,
            u"Twijfel je, kies dan de versie die je jezelf elke [dag|week] ziet gebruiken."_s});
    b.insert(u"faq.sustainability"_s,
        {u"Is {name} een duurzame keuze? || Ja: het gaat lang mee, en een product dat je niet hoeft te vervangen is "
         u"op zich al een duurzame keuze."_s});
    b.insert(u"faq.comfort"_s,
        {u"Is {name} comfortabel? || Ja: comfort kwam op de eerste plaats toen we het kozen, en het voelt vanaf de "
         u"eerste dag goed aan."_s});
    b.insert(u"blog_intro"_s,
        {u"Als het om {topic} gaat, hoeven goede keuzes niet ingewikkeld te zijn."_s,
            u"Er is veel keus als het om {topic} gaat, en niet alles is gemaakt om lang mee te gaan."_s,
            u"We krijgen vaak de vraag hoe je {topic} kiest, dus hier is waar wij op letten."_s,
            u"Wie {topic} goed kiest, bespaart geld, tijd en een beetje frustratie."_s});
    b.insert(u"blog_bridge"_s,
        {u"Dat brengt ons bij {name}."_s, u"En daar komt {name} in beeld."_s,
            u"Een product dat aan al deze punten voldoet, is {name}."_s});
    b.insert(u"blog_title"_s,
        {u"Zo kies je goede {topic}"_s, u"Een korte gids voor {topic}"_s, u"Waar let je op bij {topic}?"_s,
            u"{name}, en hoe je {topic} goed kiest"_s, u"{topic} kiezen: dit is wat telt"_s});
    b.insert(u"excerpt"_s,
        {u"Waar let je op als je {topic} kiest, en waarom {name} op ons lijstje staat."_s,
            u"Een paar eenvoudige tips voor het kiezen van {topic}, met {name} als voorbeeld."_s,
            u"Zo kies je goede {topic}, van het materiaal tot het onderhoud."_s});
    b.insert(u"greeting"_s, {u"Hallo,"_s, u"Hoi,"_s, u"Goed nieuws,"_s});
    b.insert(u"email_lead"_s,
        {u"Er is iets nieuws in de winkel, en we denken dat je het mooi vindt."_s,
            u"We keken ernaar uit om je hierover te vertellen."_s, u"Onze nieuwste aanwinst is binnen."_s,
            u"Er is iets nieuws in de winkel dat we jou als eerste willen laten zien."_s});
    b.insert(u"email_cta"_s,
        {u"Neem een kijkje in de winkel en zie het zelf."_s, u"Bestel vandaag en het is snel onderweg naar je."_s,
            u"Bekijk alle details op de productpagina."_s});
    b.insert(u"signoff"_s,
        {u"Hartelijke groet,\nHet team"_s, u"Tot snel,\nHet team"_s, u"Met vriendelijke groet,\nHet team"_s});
    b.insert(u"subject"_s,
        {u"Nieuw: {name}"_s, u"Maak kennis met {name}"_s, u"Net binnen: {name}"_s, u"{name} is er"_s,
            u"Zeg hallo tegen {name}"_s});
    b.insert(u"preheader"_s,
        {u"Gemaakt van {material}, voor {audience}."_s, u"Een nieuw {thing} voor elke dag, voor {price}."_s,
            u"Bekijk als eerste ons nieuwste {thing}."_s, u"Dit is waarom we denken dat je het mooi vindt."_s});
    b.insert(u"social_hook"_s,
        {u"Nieuw in de winkel: {name}."_s, u"Vers binnen: {name}."_s, u"Even voorstellen: {name}."_s,
            u"Deze is voor {audience}."_s, u"Zeg hallo tegen {name}."_s, u"Net binnen: {name}."_s});
    b.insert(u"social_cta"_s,
        {u"Shop het nu via de link."_s, u"Vind het in onze winkel."_s, u"Nu verkrijgbaar in de winkel."_s,
            u"Bekijk het op onze website."_s});
    b.insert(u"social_cta.instagram"_s, {u"Link in bio."_s, u"Tik op de link in onze bio om te shoppen."_s});
    b.insert(u"email_intro"_s, {u"Maak kennis met {name}."_s, u"Het gaat om {name}."_s, u"Dit is {name}."_s});
    b.insert(u"linkedin"_s,
        {u"We zijn blij {name} toe te voegen aan ons assortiment {category}."_s,
            u"Het laat zien hoe we werken: minder producten, goed gemaakt."_s,
            u"Dank aan de makers die ons hielpen de details goed te krijgen."_s,
            u"Het is een goed voorbeeld van waar we als bedrijf voor staan."_s});
    b.insert(u"meta"_s,
        {u"{name} van {material}, voor {audience}. Bestel online voor {price}."_s,
            u"{name} van {material}. Gemaakt om lang mee te gaan; bestel het online."_s,
            u"Koop {name} online voor {price}. Van {material}, gemaakt om lang mee te gaan."_s,
            u"{name}: een {thing} voor elke dag, van {material}. Bestel het online."_s,
            u"{name} voor {audience}. Bestel online voor {price} en geniet er jaren van."_s,
            u"Ontdek {name}, een {thing} om elke dag te gebruiken. Bestel online voor {price}."_s,
            u"Ontdek {name}, een {thing} om elke dag te gebruiken. Bestel het vandaag online."_s});
    b.insert(u"meta_extra"_s,
        {u"Bestel vandaag online."_s, u"Gemaakt om lang mee te gaan."_s, u"Makkelijk online te bestellen."_s});
    b.insert(u"seo_title"_s,
        {u"{name} | {category_title}"_s, u"{name} van {material}"_s, u"{name} – {category_title}"_s,
            u"{name}, {material}"_s, u"{name} | Online kopen"_s});
    b.insert(u"headline"_s,
        {u"{name}: gemaakt van {material}"_s, u"{name}, voor {audience}"_s, u"{name}: een {thing} voor elke dag"_s,
            u"Maak kennis met {name}"_s, u"{name}, gemaakt om te gebruiken"_s,
            u"{name}: gemaakt om lang mee te gaan"_s});
    b.insert(u"bullet_extra"_s,
        {u"Gemaakt om lang mee te gaan"_s, u"Makkelijk te onderhouden"_s, u"Ontworpen voor dagelijks gebruik"_s,
            u"Met zorg verpakt"_s});
    b.insert(u"label.material"_s, {u"Materiaal: {material}"_s});
    b.insert(u"label.sizes"_s, {u"Maten: {sizes}"_s});
    b.insert(u"label.colour"_s, {u"Kleur: {colour}"_s, u"Kleuren: {colours}"_s});
    b.insert(u"label.price"_s, {u"Prijs: {price}"_s});
    b.insert(u"label.audience"_s, {u"Voor {audience}"_s});
    b.insert(u"label.dimensions"_s, {u"Afmetingen: {dimensions}"_s});
    b.insert(u"label.volume"_s, {u"Inhoud: {volume}"_s});
    b.insert(u"label.weight"_s, {u"Gewicht: {weight}"_s});
    b.insert(u"label.pieces"_s, {u"In de set: {pieces}"_s});
    b.insert(u"label.power"_s, {u"Vermogen: {power}"_s});
    b.insert(u"label.brand"_s, {u"Merk: {brand}"_s});
    b.insert(u"attr.dimensions"_s, {u"Het meet {dimensions}."_s, u"De afmetingen zijn {dimensions}."_s});
    b.insert(u"attr.volume"_s, {u"De inhoud is {volume}."_s, u"Er past {volume} in."_s});
    b.insert(u"attr.weight"_s, {u"Het weegt {weight}."_s, u"Het gewicht is {weight}."_s});
    b.insert(u"attr.pieces"_s, {u"De set bestaat uit {pieces} stuks."_s, u"Je krijgt {pieces} stuks in één set."_s});
    b.insert(u"attr.power"_s, {u"Het vermogen is {power}."_s});
    b.insert(u"attr.brand"_s, {u"Het komt van {brand}."_s, u"Het merk is {brand}."_s});
    b.insert(u"attr.other"_s, {u"Nog een detail: {key} is {value}."_s, u"Goed om te weten: {key}, {value}."_s});
    b.insert(u"faq.material"_s,
        {u"Waar is {name} van gemaakt? || {name} is gemaakt van {material}."_s,
            u"Van welk materiaal is {name} gemaakt? || Het materiaal is {material}, gekozen omdat het tegen "
            u"dagelijks gebruik kan."_s});
    b.insert(u"faq.price"_s,
        {u"Wat kost {name}? || {name} kost {price}."_s,
            u"Wat is de prijs van {name}? || De prijs is {price}, zonder verborgen kosten."_s});
    b.insert(u"faq.audience"_s,
        {u"Voor wie is {name} bedoeld? || Het is bedoeld voor {audience}."_s,
            u"Voor wie hebben jullie {name} gemaakt? || We hebben het gemaakt voor {audience}."_s});
    b.insert(u"faq.audience_none"_s,
        {u"Voor wie is {name} bedoeld? || Het is bedoeld voor iedereen die een goed gemaakt {thing} zoekt voor "
         u"dagelijks gebruik."_s});
    b.insert(u"faq.care"_s,
        {u"Hoe onderhoud ik {name}? || Onderhoud kost je weinig tijd."_s,
            u"Hoe maak ik {name} schoon? || Schoonmaken is eenvoudig."_s});
    b.insert(u"faq.returns"_s,
        {u"Kan ik {name} retourneren? || Ja. Neem contact op met ons team, dan leggen we uit hoe je het "
         u"retourneert."_s,
            u"Wat als {name} niet bevalt? || Als het niet bevalt, neem dan contact op met ons team; we leggen uit "
            u"hoe je het retourneert."_s});
    b.insert(u"faq.gift"_s,
        {u"Is {name} een goed cadeau? || Ja, het is een goed cadeau: nuttig, goed gemaakt en makkelijk om te "
         u"geven."_s});
    b.insert(u"faq.sizes"_s,
        {u"Welke maat moet ik kiezen? || Kies je gebruikelijke maat: {name} is verkrijgbaar in de maten "
         u"{sizes}."_s,
            u"In welke maten is {name} verkrijgbaar? || {name} is verkrijgbaar in de maten {sizes}."_s});
    b.insert(u"faq.durability"_s,
        {u"Hoe lang gaat {name} mee? || Met normaal gebruik en een beetje zorg gaat het jaren mee."_s});
    b.insert(u"faq.colour"_s,
        {u"Welke kleur heeft {name}? || De kleur is {colour}."_s,
            u"In welke kleuren is {name} verkrijgbaar? || De kleuren zijn {colours}."_s});
    b.insert(u"faq.dimensions"_s,
        {u"Hoe groot is {name}? || {name} meet {dimensions}, groot genoeg voor dagelijks gebruik."_s,
            u"Wat zijn de afmetingen van {name}? || De afmetingen zijn {dimensions}."_s});
    b.insert(u"faq.volume"_s, {u"Hoeveel past er in {name}? || Er past {volume} in."_s});
    b.insert(u"faq.weight"_s, {u"Hoeveel weegt {name}? || Het weegt {weight}."_s});
    b.insert(u"faq.pieces"_s, {u"Wat zit er in de set? || De set bevat {pieces} stuks."_s});
    b.insert(u"faq.everyday"_s,
        {u"Kan ik {name} elke dag gebruiken? || Ja, het is gemaakt voor elke dag: vaak gebruiken is precies de "
         u"bedoeling."_s});
    b.insert(u"faq.shipping"_s,
        {u"Hoe snel is {name} in huis? || Bestellingen gaan de deur uit zodra ze zijn ingepakt, en we houden je op "
         u"de hoogte tot het in huis is."_s});
    b.insert(u"mention.np"_s,
        {u"{name} wordt geleverd met {mention}."_s, u"Goed om te weten: {name} komt met {mention}."_s,
            u"Bij elke bestelling van {name} hoort {mention}."_s, u"En ja, {mention} hoort erbij."_s});
    b.insert(u"mention.any"_s,
        {u"Ook goed om te weten: {mention}."_s, u"Nog iets om te weten: {mention}."_s,
            u"Vraag ons gerust naar {mention}; we vertellen er graag meer over."_s});
    b.insert(u"mention.topic"_s,
        {u"{mention} vinden we belangrijk, en daar is bij {name} rekening mee gehouden."_s,
            u"Bij {name} hebben we vanaf het begin aan {mention} gedacht."_s});
    b.insert(u"mention.clause"_s,
        {u"Goed om te weten is dat {clause}."_s, u"Het is fijn om te weten dat {clause}."_s,
            u"En ja, het klopt dat {clause}."_s, u"Vermeldenswaard is dat {clause}."_s});
    b.insert(u"faq_mention.np"_s, {u"Hoe zit het met {mention}?"_s});
    b.insert(u"faq_mention.clause"_s, {u"Klopt het dat {clause}? || Ja, het klopt dat {clause}."_s});
    b.insert(u"fit.first"_s,
        {u"De kleinste maat, voor een nauwsluitende pasvorm."_s,
            u"Onze kleinste maat; kies deze voor een strakke pasvorm."_s});
    b.insert(u"fit.last"_s,
        {u"De grootste maat, met de meeste ruimte."_s, u"Onze grootste maat, voor een losse pasvorm."_s});
    b.insert(u"fit.middle"_s,
        {u"Valt als een standaard {size}; neem deze als dat je gebruikelijke maat is."_s,
            u"Een normale pasvorm; zit je tussen {prev} en {size}, kies dan {size} voor meer ruimte."_s,
            u"Een stap groter dan {prev}, met iets meer ruimte."_s,
            u"De stap tussen {prev} en {next}, voor een normale pasvorm."_s,
            u"Neem {size} als je elders ook {size} draagt."_s});
    b.insert(u"fit.only"_s, {u"Eén maat, gemaakt om bij veel mensen te passen."_s});
    b.insert(u"size_advice"_s,
        {u"Zit je tussen twee maten, kies dan de grotere voor een losse pasvorm of de kleinere voor een nauwere "
         u"pasvorm."_s,
            u"Twijfel je? Neem je gebruikelijke maat; ons team adviseert je graag als je een bericht stuurt."_s,
            u"De meeste mensen nemen hun gebruikelijke maat. Houd je van ruimer, neem dan een maat groter."_s});
    b.insert(u"tags.apparel"_s, {u"kleding"_s, u"basisgarderobe"_s, u"dagelijks dragen"_s, u"laagjes"_s});
    b.insert(u"tags.home"_s, {u"wonen"_s, u"keuken"_s, u"tafel"_s, u"interieur"_s, u"woonaccessoires"_s});
    b.insert(u"tags.beauty"_s, {u"huidverzorging"_s, u"lichaamsverzorging"_s, u"selfcare"_s, u"badkamer"_s});
    b.insert(u"tags.outdoor"_s, {u"buiten"_s, u"wandelen"_s, u"kamperen"_s, u"op reis"_s});
    b.insert(u"tags.tech"_s, {u"bureau"_s, u"thuiswerken"_s, u"tech-accessoires"_s, u"werkplek"_s});
    b.insert(u"tags.generic"_s,
        {u"cadeau-idee"_s, u"gaat lang mee"_s, u"dagelijks gebruik"_s, u"design"_s, u"kwaliteit"_s, u"webwinkel"_s,
            u"tijdloos"_s, u"goed gemaakt"_s});
    return b;
}
