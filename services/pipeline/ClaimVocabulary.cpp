#include "ClaimVocabulary.h"

using namespace Qt::StringLiterals;

namespace ClaimVocabulary
{

namespace
{

Term term(const QString& key, const QStringList& forms, const QString& family = {}, const QStringList& conflicts = {})
{
    return Term{key, family.isEmpty() ? key : family, forms, conflicts};
}

QList<QRegularExpression> compile(const QStringList& patterns)
{
    QList<QRegularExpression> out;
    for (const QString& p : patterns)
        out.append(QRegularExpression(u"(?<![\\w])(?:"_s + p + u")(?![\\w])"_s,
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption));
    return out;
}

} // namespace

const QList<Term>& colours()
{
    // Gold and silver are left out: they are metals as often as colours. "Natural" and "tan" say too little.
    static const QList<Term> list{term(u"black"_s, {u"black"_s, u"zwart"_s, u"zwarte"_s}),
        term(u"white"_s, {u"white"_s, u"wit"_s, u"witte"_s}),
        term(u"cream"_s, {u"cream"_s, u"ivory"_s, u"off-white"_s, u"ecru"_s, u"crème"_s, u"ivoor"_s}, u"white"_s),
        term(u"grey"_s,
            {u"grey"_s, u"gray"_s, u"grijs"_s, u"grijze"_s, u"charcoal"_s, u"anthracite"_s, u"antraciet"_s,
                u"lichtgrijs"_s, u"donkergrijs"_s}),
        term(u"navy"_s,
            {u"navy"_s, u"navy blue"_s, u"marineblauw"_s, u"marineblauwe"_s, u"donkerblauw"_s, u"donkerblauwe"_s},
            u"blue"_s),
        term(u"blue"_s,
            {u"blue"_s, u"blauw"_s, u"blauwe"_s, u"sky blue"_s, u"lichtblauw"_s, u"lichtblauwe"_s, u"cobalt"_s,
                u"kobalt"_s, u"indigo"_s}),
        term(u"teal"_s, {u"teal"_s, u"turquoise"_s, u"petrol"_s, u"petrolblauw"_s}),
        term(u"red"_s, {u"red"_s, u"rood"_s, u"rode"_s, u"scarlet"_s}),
        term(u"burgundy"_s, {u"burgundy"_s, u"wine red"_s, u"bordeauxrood"_s, u"wijnrood"_s}, u"red"_s),
        term(u"pink"_s, {u"pink"_s, u"roze"_s, u"fuchsia"_s}), term(u"orange"_s, {u"orange"_s, u"oranje"_s}),
        term(u"yellow"_s, {u"yellow"_s, u"geel"_s, u"gele"_s, u"mustard"_s, u"mosterdgeel"_s, u"ochre"_s, u"oker"_s}),
        term(u"green"_s,
            {u"green"_s, u"groen"_s, u"groene"_s, u"olive"_s, u"olijfgroen"_s, u"saliegroen"_s, u"mintgroen"_s,
                u"forest green"_s, u"bosgroen"_s}),
        term(u"brown"_s,
            {u"brown"_s, u"bruin"_s, u"bruine"_s, u"camel"_s, u"cognac"_s, u"chocolate brown"_s, u"taupe"_s}),
        term(u"beige"_s,
            {u"beige"_s, u"oatmeal"_s, u"havermout"_s, u"zandkleur"_s, u"zandkleurig"_s, u"khaki"_s, u"kaki"_s}),
        term(u"purple"_s, {u"purple"_s, u"paars"_s, u"paarse"_s, u"lilac"_s, u"lila"_s, u"violet"_s})};
    return list;
}

const QList<Term>& materials()
{
    // The English words are ContentChecks' vocabulary; the Dutch ones name the same materials, so a Dutch piece
    // about a product whose facts are in English (or the other way round) is checked all the same.
    static const QList<Term> list{
        term(u"stainless steel"_s, {u"stainless steel"_s, u"roestvrij staal"_s, u"rvs"_s}, u"steel"_s),
        term(u"steel"_s, {u"steel"_s, u"staal"_s}), term(u"aluminium"_s, {u"aluminium"_s, u"aluminum"_s}),
        term(u"brass"_s, {u"brass"_s, u"messing"_s}), term(u"copper"_s, {u"copper"_s, u"koperen"_s}),
        term(u"bronze"_s, {u"bronze"_s, u"brons"_s}), term(u"titanium"_s, {u"titanium"_s}),
        term(u"zinc"_s, {u"zinc"_s, u"zink"_s}),
        term(u"cotton"_s, {u"cotton"_s, u"katoen"_s, u"katoenen"_s, u"biokatoen"_s}),
        term(u"linen"_s, {u"linen"_s, u"linnen"_s}),
        term(u"wool"_s, {u"wool"_s, u"wol"_s, u"wollen"_s, u"lamswol"_s, u"scheerwol"_s}),
        term(u"merino"_s, {u"merino"_s, u"merinowol"_s}, u"wool"_s),
        term(u"cashmere"_s, {u"cashmere"_s, u"kasjmier"_s}), term(u"alpaca"_s, {u"alpaca"_s}),
        term(u"mohair"_s, {u"mohair"_s}), term(u"silk"_s, {u"silk"_s}), term(u"polyester"_s, {u"polyester"_s}),
        term(u"nylon"_s, {u"nylon"_s}), term(u"polyamide"_s, {u"polyamide"_s}),
        term(u"acrylic"_s, {u"acrylic"_s, u"acryl"_s}), term(u"viscose"_s, {u"viscose"_s}),
        term(u"rayon"_s, {u"rayon"_s}), term(u"elastane"_s, {u"elastane"_s, u"elastaan"_s}),
        term(u"spandex"_s, {u"spandex"_s}), term(u"lycra"_s, {u"lycra"_s}), term(u"lyocell"_s, {u"lyocell"_s}),
        term(u"tencel"_s, {u"tencel"_s}), term(u"fleece"_s, {u"fleece"_s}),
        term(u"leather"_s, {u"leather"_s, u"lederen"_s, u"leder"_s}), term(u"suede"_s, {u"suede"_s}),
        term(u"denim"_s, {u"denim"_s}), term(u"canvas"_s, {u"canvas"_s}), term(u"bamboo"_s, {u"bamboo"_s, u"bamboe"_s}),
        term(u"hemp"_s, {u"hemp"_s, u"hennep"_s}), term(u"jute"_s, {u"jute"_s}),
        term(u"cork"_s, {u"cork"_s, u"kurk"_s}), term(u"oak"_s, {u"oak"_s, u"eiken"_s, u"eikenhout"_s}),
        term(u"walnut"_s, {u"walnut"_s, u"notenhout"_s}), term(u"beech"_s, {u"beech"_s, u"beuken"_s, u"beukenhout"_s}),
        term(u"pine"_s, {u"pine"_s, u"grenen"_s, u"grenenhout"_s}), term(u"teak"_s, {u"teak"_s, u"teakhout"_s}),
        term(u"acacia"_s, {u"acacia"_s, u"acaciahout"_s}), term(u"birch"_s, {u"birch"_s, u"berken"_s}),
        term(u"maple"_s, {u"maple"_s, u"esdoorn"_s}), term(u"rattan"_s, {u"rattan"_s, u"rotan"_s}),
        term(u"wicker"_s, {u"wicker"_s, u"rieten"_s}),
        term(u"ceramic"_s, {u"ceramic"_s, u"keramiek"_s, u"keramisch"_s}),
        term(u"porcelain"_s, {u"porcelain"_s, u"porselein"_s, u"porseleinen"_s}),
        term(u"stoneware"_s, {u"stoneware"_s, u"steengoed"_s}),
        term(u"earthenware"_s, {u"earthenware"_s, u"aardewerk"_s}), term(u"terracotta"_s, {u"terracotta"_s}),
        term(u"glass"_s, {u"glass"_s, u"glas"_s, u"glazen"_s}),
        term(u"borosilicate"_s, {u"borosilicate"_s, u"borosilicaat"_s}),
        term(u"marble"_s, {u"marble"_s, u"marmer"_s, u"marmeren"_s}), term(u"granite"_s, {u"granite"_s, u"graniet"_s}),
        term(u"concrete"_s, {u"beton"_s, u"betonnen"_s}), term(u"plastic"_s, {u"plastic"_s, u"kunststof"_s}),
        term(u"silicone"_s, {u"silicone"_s, u"siliconen"_s}), term(u"rubber"_s, {u"rubber"_s}),
        term(u"latex"_s, {u"latex"_s}), term(u"polypropylene"_s, {u"polypropylene"_s, u"polypropyleen"_s}),
        term(u"pvc"_s, {u"pvc"_s}), term(u"vinyl"_s, {u"vinyl"_s}), term(u"beeswax"_s, {u"beeswax"_s, u"bijenwas"_s}),
        term(u"soy wax"_s, {u"soy wax"_s, u"sojawas"_s}), term(u"paraffin"_s, {u"paraffin"_s, u"paraffine"_s})};
    return list;
}

const QList<Term>& countries()
{
    // "English" and "Polish" are left out (a language, a verb); "Dutch" stays: on a label it is an origin.
    static const QList<Term> list{
        term(u"Italy"_s, {u"Italy"_s, u"Italian"_s, u"Italië"_s, u"italiaans"_s, u"italiaanse"_s}),
        term(u"France"_s, {u"France"_s, u"French"_s, u"Frankrijk"_s, u"franse"_s}),
        term(u"Spain"_s, {u"Spain"_s, u"Spanish"_s, u"Spanje"_s, u"spaans"_s, u"spaanse"_s}),
        term(u"Portugal"_s, {u"Portugal"_s, u"Portuguese"_s, u"portugees"_s, u"portugese"_s}),
        term(u"Germany"_s, {u"Germany"_s, u"German"_s, u"Duitsland"_s, u"duits"_s, u"duitse"_s}),
        term(u"Netherlands"_s,
            {u"the Netherlands"_s, u"Netherlands"_s, u"Holland"_s, u"Dutch"_s, u"Nederland"_s, u"nederlands"_s,
                u"nederlandse"_s, u"hollands"_s, u"hollandse"_s}),
        term(u"Belgium"_s, {u"Belgium"_s, u"Belgian"_s, u"België"_s, u"belgisch"_s, u"belgische"_s}),
        term(u"United Kingdom"_s,
            {u"the United Kingdom"_s, u"United Kingdom"_s, u"the UK"_s, u"Britain"_s, u"British"_s, u"England"_s,
                u"Engeland"_s, u"Groot-Brittannië"_s, u"britse"_s}),
        term(u"Scotland"_s, {u"Scotland"_s, u"Scottish"_s, u"Schotland"_s, u"schots"_s, u"schotse"_s}),
        term(u"Ireland"_s, {u"Ireland"_s, u"Irish"_s, u"Ierland"_s, u"iers"_s, u"ierse"_s}),
        term(u"Denmark"_s, {u"Denmark"_s, u"Danish"_s, u"Denemarken"_s, u"deens"_s, u"deense"_s}),
        term(u"Sweden"_s, {u"Sweden"_s, u"Swedish"_s, u"Zweden"_s, u"zweeds"_s, u"zweedse"_s}),
        term(u"Norway"_s, {u"Norway"_s, u"Norwegian"_s, u"Noorwegen"_s, u"noors"_s, u"noorse"_s}),
        term(u"Finland"_s, {u"Finland"_s, u"Finnish"_s, u"finse"_s}),
        term(u"Poland"_s, {u"Poland"_s, u"Polen"_s, u"poolse"_s}),
        term(u"Lithuania"_s, {u"Lithuania"_s, u"Lithuanian"_s, u"Litouwen"_s, u"litouws"_s, u"litouwse"_s}),
        term(u"Austria"_s, {u"Austria"_s, u"Austrian"_s, u"Oostenrijk"_s, u"oostenrijks"_s, u"oostenrijkse"_s}),
        term(u"Switzerland"_s, {u"Switzerland"_s, u"Swiss"_s, u"Zwitserland"_s, u"zwitsers"_s, u"zwitserse"_s}),
        term(u"Greece"_s, {u"Greece"_s, u"Greek"_s, u"Griekenland"_s, u"grieks"_s, u"griekse"_s}),
        term(u"Turkey"_s, {u"Turkey"_s, u"Turkish"_s, u"Turkije"_s, u"turks"_s, u"turkse"_s}),
        term(u"Morocco"_s, {u"Morocco"_s, u"Moroccan"_s, u"Marokko"_s, u"marokkaans"_s, u"marokkaanse"_s}),
        term(u"Egypt"_s, {u"Egypt"_s, u"Egyptian"_s, u"Egypte"_s, u"egyptisch"_s, u"egyptische"_s}),
        term(u"Ethiopia"_s, {u"Ethiopia"_s, u"Ethiopian"_s, u"Ethiopië"_s, u"ethiopisch"_s, u"ethiopische"_s}),
        term(u"Kenya"_s, {u"Kenya"_s, u"Kenyan"_s, u"Kenia"_s, u"keniaans"_s, u"keniaanse"_s}),
        term(u"China"_s, {u"China"_s, u"Chinese"_s, u"chinees"_s, u"chinese"_s}),
        term(u"Japan"_s, {u"Japan"_s, u"Japanese"_s, u"japans"_s, u"japanse"_s}),
        term(u"India"_s, {u"India"_s, u"Indian"_s, u"indiaas"_s, u"indiase"_s}),
        term(u"Bangladesh"_s, {u"Bangladesh"_s}), term(u"Pakistan"_s, {u"Pakistan"_s}),
        term(u"Vietnam"_s, {u"Vietnam"_s, u"Vietnamese"_s, u"vietnamees"_s, u"vietnamese"_s}),
        term(u"Indonesia"_s, {u"Indonesia"_s, u"Indonesian"_s, u"Indonesië"_s, u"indonesisch"_s, u"indonesische"_s}),
        term(u"Thailand"_s, {u"Thailand"_s, u"Thai"_s, u"thais"_s, u"thaise"_s}),
        term(u"Sri Lanka"_s, {u"Sri Lanka"_s, u"Sri Lankan"_s}),
        term(u"Nepal"_s, {u"Nepal"_s, u"Nepalese"_s, u"nepalees"_s, u"nepalese"_s}),
        term(u"Mongolia"_s, {u"Mongolia"_s, u"Mongolian"_s, u"Mongolië"_s, u"mongools"_s, u"mongoolse"_s}),
        term(u"Peru"_s, {u"Peru"_s, u"Peruvian"_s, u"peruaans"_s, u"peruaanse"_s}),
        term(u"Colombia"_s, {u"Colombia"_s, u"Colombian"_s, u"Colombiaans"_s, u"colombiaans"_s, u"colombiaanse"_s}),
        term(u"Brazil"_s, {u"Brazil"_s, u"Brazilian"_s, u"Brazilië"_s, u"braziliaans"_s, u"braziliaanse"_s}),
        term(u"Mexico"_s, {u"Mexico"_s, u"Mexican"_s, u"mexicaans"_s, u"mexicaanse"_s}),
        term(u"United States"_s,
            {u"the United States"_s, u"United States"_s, u"the USA"_s, u"USA"_s, u"America"_s, u"American"_s,
                u"Verenigde Staten"_s, u"Amerika"_s, u"amerikaans"_s, u"amerikaanse"_s}),
        term(u"Australia"_s, {u"Australia"_s, u"Australian"_s, u"Australië"_s, u"australisch"_s, u"australische"_s}),
        term(u"New Zealand"_s, {u"New Zealand"_s, u"Nieuw-Zeeland"_s, u"nieuw-zeelands"_s, u"nieuw-zeelandse"_s}),
        term(u"Europe"_s, {u"Europe"_s, u"European"_s, u"the EU"_s, u"Europa"_s, u"europees"_s, u"europese"_s}),
        term(u"Scandinavia"_s,
            {u"Scandinavia"_s, u"Scandinavian"_s, u"Scandinavië"_s, u"scandinavisch"_s, u"scandinavische"_s})};
    return list;
}

const QList<Term>& care()
{
    // A key's conflicts are the instructions it cannot stand beside: "dry clean only" for a machine-washable shirt.
    static const QList<Term> list{
        term(u"machine-wash"_s,
            {u"machine washable"_s, u"machine-washable"_s, u"machine wash"_s, u"machine-wash"_s,
                u"wasmachinebestendig"_s, u"machinewasbaar"_s, u"wasbaar in de machine"_s},
            {}, {u"dry-clean-only"_s, u"hand-wash-only"_s, u"do-not-wash"_s}),
        term(u"hand-wash-only"_s,
            {u"hand wash only"_s, u"hand-wash only"_s, u"handwash only"_s, u"alleen handwas"_s,
                u"alleen met de hand wassen"_s, u"alleen met de hand"_s},
            {}, {u"machine-wash"_s, u"dishwasher-safe"_s}),
        term(u"hand-wash"_s, {u"hand wash"_s, u"hand-wash"_s, u"handwash"_s, u"handwas"_s, u"met de hand wassen"_s}),
        term(u"dry-clean-only"_s,
            {u"dry clean only"_s, u"dry-clean only"_s, u"dry cleaning only"_s, u"alleen chemisch reinigen"_s,
                u"alleen stomen"_s, u"alleen naar de stomerij"_s},
            {}, {u"machine-wash"_s, u"hand-wash-only"_s, u"hand-wash"_s}),
        term(u"dry-clean"_s, {u"dry clean"_s, u"dry-clean"_s, u"chemisch reinigen"_s, u"stomerij"_s}),
        term(u"do-not-wash"_s, {u"do not wash"_s, u"don't wash"_s, u"niet wassen"_s}, {}, {u"machine-wash"_s}),
        term(u"no-tumble-dry"_s,
            {u"do not tumble dry"_s, u"don't tumble dry"_s, u"not suitable for the dryer"_s, u"niet in de droger"_s,
                u"niet geschikt voor de droger"_s, u"niet in de droogtrommel"_s},
            {}, {u"tumble-dry"_s}),
        term(u"tumble-dry"_s, {u"tumble dry"_s, u"tumble-dry"_s, u"tumble dryer"_s, u"droogtrommel"_s}, {},
            {u"no-tumble-dry"_s}),
        term(u"not-dishwasher-safe"_s,
            {u"not dishwasher safe"_s, u"not dishwasher-safe"_s, u"not for the dishwasher"_s, u"no dishwasher"_s,
                u"niet vaatwasserbestendig"_s, u"niet in de vaatwasser"_s, u"niet geschikt voor de vaatwasser"_s},
            {}, {u"dishwasher-safe"_s}),
        term(u"dishwasher-safe"_s,
            {u"dishwasher safe"_s, u"dishwasher-safe"_s, u"dishwasher proof"_s, u"dishwasher-proof"_s,
                u"vaatwasserbestendig"_s, u"vaatwasmachinebestendig"_s, u"geschikt voor de vaatwasser"_s},
            {}, {u"not-dishwasher-safe"_s, u"hand-wash-only"_s}),
        term(u"no-bleach"_s, {u"do not bleach"_s, u"don't bleach"_s, u"niet bleken"_s}),
        term(u"no-iron"_s, {u"do not iron"_s, u"don't iron"_s, u"niet strijken"_s}, {}, {u"iron"_s}),
        term(u"iron"_s, {u"iron on low"_s, u"iron at"_s, u"strijken op"_s, u"lauw strijken"_s}, {}, {u"no-iron"_s}),
        term(u"not-microwave-safe"_s,
            {u"not microwave safe"_s, u"not microwave-safe"_s, u"niet magnetronbestendig"_s, u"niet in de magnetron"_s},
            {}, {u"microwave-safe"_s}),
        term(u"microwave-safe"_s,
            {u"microwave safe"_s, u"microwave-safe"_s, u"magnetronbestendig"_s, u"geschikt voor de magnetron"_s}, {},
            {u"not-microwave-safe"_s}),
        term(u"oven-safe"_s, {u"oven safe"_s, u"oven-safe"_s, u"ovenproof"_s, u"ovenbestendig"_s})};
    return list;
}

const QList<Term>& certifications()
{
    static const QList<Term> list{term(u"gots"_s, {u"gots"_s, u"global organic textile standard"_s}),
        term(u"oeko-tex"_s, {u"oeko-tex"_s, u"oeko tex"_s, u"oekotex"_s}),
        term(u"fairtrade"_s, {u"fairtrade"_s, u"fair trade"_s, u"fair-trade"_s}),
        term(u"b corp"_s, {u"b corp"_s, u"b corporation"_s, u"b-corp"_s}), term(u"fsc"_s, {u"fsc"_s}),
        term(u"pefc"_s, {u"pefc"_s}), term(u"eu ecolabel"_s, {u"eu ecolabel"_s, u"eu-ecolabel"_s}),
        term(u"cradle to cradle"_s, {u"cradle to cradle"_s, u"cradle-to-cradle"_s}),
        term(u"bluesign"_s, {u"bluesign"_s}), term(u"usda organic"_s, {u"usda organic"_s}),
        term(u"certified organic"_s,
            {u"certified organic"_s, u"organic certified"_s, u"biologisch gecertificeerd"_s,
                u"gecertificeerd biologisch"_s}),
        term(u"organic"_s, {u"organic"_s, u"biologisch"_s, u"biologische"_s}),
        term(u"soil association"_s, {u"soil association"_s}), term(u"leaping bunny"_s, {u"leaping bunny"_s}),
        term(u"vegan certified"_s,
            {u"vegan certified"_s, u"certified vegan"_s, u"vegan society"_s, u"vegan gecertificeerd"_s}),
        term(u"dermatologically tested"_s,
            {u"dermatologist tested"_s, u"dermatologist-tested"_s, u"dermatologically tested"_s,
                u"dermatologist approved"_s, u"dermatologisch getest"_s, u"dermatologisch geteste"_s}),
        term(u"clinically tested"_s, {u"clinically tested"_s, u"klinisch getest"_s, u"klinisch geteste"_s}),
        term(u"ophthalmologically tested"_s,
            {u"ophthalmologist tested"_s, u"ophthalmologically tested"_s, u"oogheelkundig getest"_s}),
        term(u"hypoallergenic"_s, {u"hypoallergenic"_s, u"hypoallergeen"_s, u"hypoallergene"_s}),
        term(u"ce"_s, {u"ce marked"_s, u"ce-marked"_s, u"ce certified"_s, u"ce-markering"_s, u"ce-gemarkeerd"_s}),
        term(u"rws"_s, {u"rws"_s, u"responsible wool standard"_s}),
        term(u"grs"_s, {u"grs"_s, u"global recycled standard"_s}),
        term(u"rainforest alliance"_s, {u"rainforest alliance"_s}), term(u"msc"_s, {u"msc"_s}),
        term(u"ecocert"_s, {u"ecocert"_s}), term(u"cosmos"_s, {u"cosmos organic"_s, u"cosmos certified"_s}),
        term(u"natrue"_s, {u"natrue"_s}), term(u"skal"_s, {u"skal"_s}),
        term(u"certified"_s, {u"certified"_s, u"gecertificeerd"_s, u"gecertificeerde"_s, u"keurmerk"_s})};
    return list;
}

const QList<QRegularExpression>& healthPatterns()
{
    static const QList<QRegularExpression> list = compile({u"cures?|curing"_s, u"heals?|healing"_s,
        u"treats? (?:acne|eczema|psoriasis|arthritis|insomnia|anxiety|depression|pain|infections?|colds?|the flu)"_s,
        u"prevents? (?:cancer|disease|illness|infections?|colds?|the flu|hair loss|ageing|aging|wrinkles)"_s,
        u"relieves? (?:pain|stress|anxiety|symptoms|headaches?|joint pain)"_s, u"pain relief"_s, u"anti-inflammatory"_s,
        u"boosts? (?:your )?(?:immunity|immune system|metabolism)"_s, u"detoxif(?:y|ies|ying)|detoxes"_s,
        u"burns? fat|fat-burning"_s, u"weight loss|lose weight"_s,
        u"lowers? (?:your )?(?:cholesterol|blood pressure|blood sugar)"_s, u"clinically proven|medically proven"_s,
        u"reverses? (?:ageing|aging)"_s, u"removes? wrinkles"_s, u"geneest|genezend"_s,
        u"helpt tegen (?:acne|eczeem|psoriasis|pijn|hoofdpijn|slapeloosheid|angst|infecties?|verkoudheid|griep)"_s,
        u"behandelt (?:acne|eczeem|psoriasis|pijn|infecties?)"_s,
        u"voorkomt (?:kanker|ziektes?|infecties?|verkoudheid|griep|haaruitval|veroudering|rimpels)"_s,
        u"ontstekingsremmend"_s, u"pijnstillend"_s, u"verhoogt (?:je |de )?weerstand"_s,
        u"versterkt (?:je |het )?immuunsysteem"_s, u"ontgift(?:end)?"_s, u"vetverbrandend|verbrandt vet"_s,
        u"helpt (?:je |bij )?(?:afvallen|gewichtsverlies)"_s,
        u"verlaagt (?:je |het |de )?(?:cholesterol|bloeddruk|bloedsuiker)"_s, u"klinisch bewezen|medisch bewezen"_s,
        u"verwijdert rimpels"_s});
    return list;
}

const QList<QRegularExpression>& scarcityPatterns()
{
    static const QList<QRegularExpression> list
        = compile({u"(?:only|just) \\d+ (?:[\\p{L}]+ )?left|\\d+ left in stock"_s, u"(?:only a )?few left"_s,
            u"almost gone|almost sold out|nearly sold out"_s, u"selling fast"_s, u"limited stock|low stock"_s,
            u"last chance"_s, u"while (?:stocks|supplies) last"_s, u"hurry(?=\\s*[,!.]|\\s+(?:while|before|now))"_s,
            u"don't miss out|do not miss out"_s, u"ends (?:today|tonight|soon|at midnight)"_s, u"today only"_s,
            u"limited time"_s, u"limited edition"_s,
            u"nog (?:maar )?\\d+ (?:stuks?|exemplaren|op voorraad|beschikbaar|over|te koop)"_s, u"bijna uitverkocht"_s,
            u"op\\s?=\\s?op"_s, u"laatste kans"_s, u"wees er snel bij"_s, u"beperkte voorraad"_s, u"snel uitverkocht"_s,
            u"alleen vandaag"_s, u"zolang de voorraad strekt"_s, u"gelimiteerde oplage|gelimiteerde editie"_s});
    return list;
}

const QList<QRegularExpression>& discountPatterns()
{
    static const QList<QRegularExpression> list = compile(
        {u"\\d+\\s?% off|save \\d+\\s?%|\\d+\\s?% korting|\\d+\\s?% discount"_s, u"on sale"_s, u"sale price"_s,
            u"discount(?:ed)?"_s, u"reduced (?:price|to|from)|price reduced"_s, u"half price|half-price|halve prijs"_s,
            u"korting"_s, u"afgeprijsd"_s, u"uitverkoop"_s, u"in de aanbieding"_s, u"aanbiedingsprijs"_s});
    return list;
}

const QList<QRegularExpression>& awardPatterns()
{
    static const QList<QRegularExpression> list = compile({u"award[- ]winning"_s,
        u"won (?:the |an |a )?[\\w ]{0,40}awards?"_s, u"winner of"_s, u"best in test"_s, u"voted (?:the )?best"_s,
        u"prijswinnend(?:e)?"_s, u"bekroond(?:e)?"_s, u"winnaar van"_s, u"beste uit de test"_s, u"awards?"_s});
    return list;
}

const QList<QRegularExpression>& guaranteePatterns()
{
    static const QList<QRegularExpression> list
        = compile({u"lifetime (?:guarantee|warranty)"_s, u"\\d+[- ]years?(?:'|’)? (?:guarantee|warranty)"_s,
            u"money[- ]back(?: guarantee)?"_s, u"satisfaction guaranteed"_s, u"warranty"_s, u"guarantee"_s,
            u"levenslange garantie"_s, u"\\d+ jaar garantie"_s, u"niet goed,? geld terug"_s, u"garantie"_s});
    return list;
}

const QRegularExpression& deliveryWords()
{
    static const QRegularExpression re(u"\\b(?:ship|ships|shipping|shipped|deliver|delivers|delivery|delivered|"
                                       u"dispatch|dispatched|postage|verzend\\w*|verzonden|verstuurd|versturen|"
                                       u"lever\\w*|geleverd|bezorg\\w*|verzendkosten)\\b"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression& returnsWords()
{
    static const QRegularExpression re(u"\\b(?:return|returns|returned|returning|refund|refunds|refunded|exchange|"
                                       u"exchanges|send (?:it |them )?back|retour\\w*|terugsturen|terug te sturen|"
                                       u"ruilen|omruilen|herroep\\w*|geld terug)\\b"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression& pairingPattern()
{
    static const QRegularExpression re(
        u"\\b(?:pairs? (?:well |nicely |beautifully )?with|goes (?:well )?with|wear (?:it )?with|style (?:it )?with|"
        u"combine[sd]? (?:it )?with|matches|team (?:it )?with|alongside|next to|beside|combineer|combineren|"
        u"staat mooi bij|naast|"
        u"past bij|draag (?:het |hem |haar )?(?:op|bij|met)|samen met)\\b"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression& otherThingAfter()
{
    static const QRegularExpression re(
        u"^\\s+(?:trousers|jeans|chinos|trainers|sneakers|shoes|boots|skirt|shorts|dress|jacket|coat|blazer|socks|"
        u"plates?|bowls?|tablecloth|walls?|sofa|broek|schoenen|laarzen|rok|jurk|jas|sokken|bord|borden|kom|kommen|"
        u"tafelkleed|muur|muren|bank)\\b"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression& colourFramePattern()
{
    static const QRegularExpression re(
        u"\\b(?:colou?rs?|colou?red|shades?|comes in|available in|kleur|kleuren|verkrijgbaar in|leverbaar in)\\b"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression& colourBeforePattern()
{
    static const QRegularExpression re(u"\\b(?:in|into|uitgevoerd in)\\s+(?:(?:a|an|een|het|de|deep|soft|warm|bright|"
                                       u"dark|light|rich|classic|diep|diepe|zacht|zachte|warme|helder|heldere|donker|"
                                       u"licht|klassiek)\\s+)*$"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QStringList& idioms()
{
    static const QStringList list{u"french press"_s, u"french-press"_s, u"french fries"_s, u"french toast"_s,
        u"french terry"_s, u"french door"_s, u"french doors"_s, u"dutch oven"_s, u"dutch braid"_s, u"swiss army"_s,
        u"swiss roll"_s, u"greek yoghurt"_s, u"greek yogurt"_s, u"greek-style"_s, u"german shepherd"_s,
        u"chinese new year"_s, u"turkish delight"_s, u"english breakfast"_s, u"irish coffee"_s, u"belgian waffle"_s,
        u"danish pastry"_s, u"a glass of"_s, u"glass of"_s, u"een glas"_s, u"blank canvas"_s, u"fresh linen"_s,
        u"clean cotton"_s, u"organic shape"_s, u"organic shapes"_s, u"organic curves"_s, u"organic forms"_s,
        u"organic form"_s, u"biologisch afbreekbaar"_s, u"biologisch afbreekbare"_s, u"nederlandse handleiding"_s,
        u"nederlandse klantenservice"_s, u"nederlandstalige"_s, u"engelstalige"_s, u"european sizes"_s,
        u"europese maten"_s, u"black friday"_s, u"white wine"_s, u"red wine"_s, u"green tea"_s, u"black tea"_s,
        u"white noise"_s, u"black pepper"_s, u"witte wijn"_s, u"rode wijn"_s, u"groene thee"_s, u"zwarte thee"_s,
        u"zwarte peper"_s, u"in a hurry"_s, u"trade-off"_s, u"hand cream"_s, u"day cream"_s, u"night cream"_s,
        u"eye cream"_s, u"face cream"_s, u"sun cream"_s, u"ice cream"_s, u"handcrème"_s, u"dagcrème"_s, u"nachtcrème"_s,
        u"oogcrème"_s, u"gezichtscrème"_s, u"zonnecrème"_s, u"in no time"_s};
    return list;
}

const QRegularExpression& negationBefore()
{
    static const QRegularExpression re(
        u"\\b(?:not|never|no|don't|do not|doesn't|does not|isn't|is not|niet|nooit|geen)\\s+(?:[\\p{L}'-]+\\s+)?$"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

QString negatedCare(const QString& key)
{
    static const QHash<QString, QString> opposite{{u"machine-wash"_s, u"do-not-wash"_s},
        {u"dishwasher-safe"_s, u"not-dishwasher-safe"_s}, {u"tumble-dry"_s, u"no-tumble-dry"_s},
        {u"microwave-safe"_s, u"not-microwave-safe"_s}, {u"iron"_s, u"no-iron"_s}};
    return opposite.value(key);
}

QStringList regionMembers(const QString& key)
{
    static const QStringList scandinavia{u"Denmark"_s, u"Sweden"_s, u"Norway"_s, u"Finland"_s};
    static const QHash<QString, QStringList> regions{
        {u"Europe"_s,
            QStringList{u"Italy"_s, u"France"_s, u"Spain"_s, u"Portugal"_s, u"Germany"_s, u"Netherlands"_s,
                u"Belgium"_s, u"United Kingdom"_s, u"Scotland"_s, u"Ireland"_s, u"Poland"_s, u"Lithuania"_s,
                u"Austria"_s, u"Switzerland"_s, u"Greece"_s, u"Scandinavia"_s}
                + scandinavia},
        {u"Scandinavia"_s, scandinavia}, {u"United Kingdom"_s, {u"Scotland"_s}}};
    return regions.value(key);
}

const QRegularExpression& stockCountPattern()
{
    static const QRegularExpression re(
        u"(?:only|just|nog maar|nog)\\s+(\\d+)|(\\d+) left in stock"_s, QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& percentOffPattern()
{
    static const QRegularExpression re(
        u"(\\d+)\\s?%\\s?(?:off|korting|discount)|save (\\d+)\\s?%"_s, QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QStringList& letterSizes()
{
    static const QStringList sizes{u"XXS"_s, u"XS"_s, u"S"_s, u"M"_s, u"L"_s, u"XL"_s, u"XXL"_s, u"XXXL"_s, u"XXXXL"_s};
    return sizes;
}

QString normalisedSize(const QString& size)
{
    const QString s = size.trimmed().toUpper();
    static const QRegularExpression numbered(u"^([2-5])XL$"_s);
    if (const auto m = numbered.match(s); m.hasMatch())
        return QString(m.captured(1).toInt(), u'X') + u'L';
    return s;
}

} // namespace ClaimVocabulary
