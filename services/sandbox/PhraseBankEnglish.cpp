#include "PhraseBank.h"

using namespace Qt::StringLiterals;

// English templates. Slots are filled from the facts; see PhraseBank.h for the rules a template
// follows (no numbers, units, materials or superlatives of its own).
PhraseBank::Bank PhraseBank::english()
{
    Bank b;
    // The description opens with what the product does for the buyer, not with its name.
    b.insert(u"opening"_s,
        {u"Some things simply make the day easier, and this is one of them."_s,
            u"You notice a well-made {thing} the moment you [use it|pick it up|take it out of the box]."_s,
            u"Good design is often quiet: it does its job and lets you get on with yours."_s,
            u"Here is a {thing} that earns its place by being [useful|reliable|easy to live with] every day."_s,
            u"If you like things that [work well|feel right] and last, read on."_s,
            u"Good days start with things that just work."_s,
            u"What makes a {thing} worth keeping is how it feels after a year of use, not on day one."_s,
            u"This is the kind of {thing} you stop thinking about, because it simply does its job."_s});
    b.insert(u"name_intro"_s,
        {u"That is exactly what {name} is for."_s, u"{name} was [designed|made] with that in mind."_s,
            u"Meet {name}."_s, u"{name} does [exactly that|just that] without any fuss."_s,
            u"That is the idea behind {name}."_s});
    b.insert(u"desc"_s, {u"{desc}"_s});
    b.insert(u"material"_s,
        {u"It is made from {material}."_s,
            u"{name} is made from {material}, [chosen for how it feels and how it ages|a material we chose for how "
            u"it wears over time]."_s,
            u"The {material} [gives it a pleasant feel|makes it pleasant to use] from the first day."_s,
            u"We chose {material} because it [holds up to daily use|ages gracefully|stays good-looking for "
            u"years]."_s,
            u"Everything starts with the material: {material}, [selected with care|picked for daily use]."_s,
            u"{material} is the heart of this design."_s});
    b.insert(u"material.wool"_s,
        {u"{material} keeps you warm without bulk and breathes when you move."_s,
            u"{material} stays fresh for longer, so it needs less washing than you might expect."_s,
            u"{material} feels soft against the skin and keeps its shape."_s});
    b.insert(u"material.linen"_s,
        {u"{material} [breathes|lets air through], so it stays comfortable on warm days."_s,
            u"{material} gets softer with every wash."_s, u"{material} is hard-wearing and simple to look after."_s});
    b.insert(u"material.wood"_s,
        {u"{material} has a grain that makes every piece a little different."_s,
            u"With a little oil now and then, {material} keeps its warm colour for years."_s,
            u"{material} feels warm to the touch and ages with character."_s});
    b.insert(u"material.ceramic"_s,
        {u"{material} is sturdy and pleasant to hold."_s,
            u"Every piece in {material} has small variations that make it yours."_s,
            u"{material} is easy to clean and keeps its looks."_s});
    b.insert(u"material.metal"_s,
        {u"{material} is built for years of daily use."_s, u"{material} does not mind a knock or two."_s,
            u"{material} is easy to clean and keeps its looks."_s});
    b.insert(u"material.glass"_s,
        {u"{material} lets you see exactly what is inside."_s, u"{material} does not hold on to smells or stains."_s});
    b.insert(u"material.leather"_s,
        {u"{material} gets more character the longer you use it."_s, u"{material} is supple and strong."_s});
    b.insert(u"material.synthetic"_s,
        {u"{material} is light and [quick to dry|dries quickly]."_s,
            u"{material} is tough enough for the outdoors and light enough to forget."_s});
    b.insert(u"material.silk"_s, {u"{material} feels cool and smooth against the skin."_s});
    b.insert(u"material.generic"_s,
        {u"{material} was chosen for how it wears, not just for how it looks."_s,
            u"{material} is easy to live with and keeps its looks."_s});
    b.insert(u"colour"_s,
        {u"The {colour} colour goes with almost anything."_s,
            u"It comes in {colour}, a shade that is easy to combine."_s,
            u"In {colour}, it [fits in quietly|looks calm and understated]."_s});
    b.insert(u"colours"_s, {u"It comes in {colours}."_s, u"Choose between {colours}."_s});
    b.insert(u"sizes"_s,
        {u"It comes in sizes {sizes}."_s, u"Choose from sizes {sizes}."_s,
            u"The size range runs from {first_size} to {last_size}."_s});
    b.insert(u"size_single"_s, {u"It comes in {single_size}."_s});
    b.insert(u"fit"_s,
        {u"Take the size you usually wear; if you are between sizes, the size guide helps you choose."_s,
            u"If you like a looser fit, go one size up."_s,
            u"Between two sizes? Choose the smaller one for a closer fit and the larger one for more room."_s});
    b.insert(u"audience"_s,
        {u"It was made with {audience} in mind."_s, u"We made it for {audience}."_s,
            u"It is a natural choice for {audience}."_s, u"It suits {audience} particularly well."_s,
            u"For {audience}, it is [an easy choice|a good fit]."_s});
    b.insert(u"price"_s,
        {u"It costs {price}."_s, u"{name} is {price}."_s,
            u"At {price}, it is [made to be used for years|an investment in something that lasts]."_s,
            u"The price is {price}, with nothing hidden."_s, u"For {price} you get a {thing} made to last."_s});
    b.insert(u"value"_s,
        {u"It is priced for years of use, not for a single season."_s,
            u"Buy it once and you will not need to replace it soon."_s,
            u"Fair pricing matters to us, and so does making things that last."_s});
    b.insert(u"usage.apparel"_s,
        {u"Wear it to work, on the weekend and everywhere in between."_s,
            u"It layers easily, so it works from early morning to late evening."_s,
            u"Dress it up or down: it looks right either way."_s,
            u"It is what you reach for when you want to look put together without trying."_s,
            u"It travels well and comes out of a bag looking fine."_s,
            u"Pair it with what you already own; it fits into a wardrobe without dominating it."_s,
            u"It moves with you, whether you are cycling to work or walking the dog."_s});
    b.insert(u"usage.home"_s,
        {u"Use it every day; it is made for the kitchen table, not the display cabinet."_s,
            u"It makes everyday routines at home a little more pleasant."_s,
            u"It looks good on the table and works just as well behind the scenes."_s,
            u"Guests notice it, and you will enjoy using it when nobody is watching."_s,
            u"It fits into a busy household without asking for special treatment."_s,
            u"From a quiet breakfast to a long dinner with friends, it is ready."_s,
            u"It brings a bit of calm to the room it is in."_s});
    b.insert(u"usage.beauty"_s,
        {u"It fits easily into your morning or evening routine."_s, u"A little goes a long way, so it lasts."_s,
            u"Keep it by the sink or take it with you; it travels well."_s,
            u"It is simple to use and pleasant enough for every day."_s,
            u"It turns a daily routine into a small moment for yourself."_s,
            u"It has a place in the bathroom cabinet and in your weekend bag alike."_s});
    b.insert(u"usage.outdoor"_s,
        {u"Take it on a day hike, a weekend away or just to the park."_s,
            u"It is ready for changeable weather and long days outside."_s,
            u"Pack it, use it, and pack it again: it is made for life on the move."_s,
            u"It earns its place in your bag on every trip."_s,
            u"From early starts to campfire evenings, it keeps up."_s,
            u"It is light enough to take along and sturdy enough to rely on."_s});
    b.insert(u"usage.tech"_s,
        {u"It keeps your desk tidy and your things within reach."_s,
            u"It goes into your bag in the morning and comes out wherever you work."_s,
            u"It makes the tools you use every day a little nicer to live with."_s,
            u"At home, in the office or on the train, it does its job quietly."_s,
            u"It brings some order to cables, chargers and the rest of the daily clutter."_s,
            u"It is a small upgrade you will notice every working day."_s});
    b.insert(u"usage.generic"_s,
        {u"Use it every day; that is what it is made for."_s,
            u"It fits into daily life without asking for attention."_s,
            u"It is made to be used, not kept for special occasions."_s, u"It does what it promises, day after day."_s,
            u"You will find a use for it sooner than you think."_s, u"It is easy to live with and pleasant to use."_s});
    b.insert(u"care.apparel"_s,
        {u"Looking after it is easy: follow the care label and it will stay good for a long time."_s,
            u"Wash it with similar colours and let it dry naturally."_s,
            u"A little care goes a long way: air it out between wears."_s});
    b.insert(u"care.home"_s,
        {u"Looking after it is simple: a rinse and a wipe are usually all it needs."_s,
            u"Clean it by hand and dry it straight away to keep it looking good."_s,
            u"Treat it well and it will be part of your kitchen for a long time."_s});
    b.insert(u"care.beauty"_s,
        {u"Store it in a cool, dry place and close it well after use."_s,
            u"Keep it out of direct sunlight to keep it in good condition."_s,
            u"Use clean, dry hands or a spatula to keep it fresh."_s});
    b.insert(u"care.outdoor"_s,
        {u"After a trip, let it dry fully before you store it."_s,
            u"Brush off dirt when it is dry and it will keep going."_s,
            u"A quick clean after each trip keeps it ready for the next."_s});
    b.insert(u"care.tech"_s,
        {u"Wipe it with a soft, dry cloth to keep it looking new."_s, u"Keep it away from water and direct heat."_s,
            u"A quick dust now and then is all the care it needs."_s});
    b.insert(u"care.generic"_s,
        {u"Looking after it takes little effort."_s, u"Follow the care instructions and it will last."_s,
            u"Keep it clean and dry, and it will serve you well."_s});
    b.insert(u"care_item.apparel"_s,
        {u"Follow the care label before the first wash."_s, u"Wash with similar colours."_s,
            u"Turn it inside out before washing."_s, u"Dry flat or on a line, away from direct heat."_s,
            u"Remove lint with a soft clothes brush."_s,
            u"Store it folded rather than on a hanger to keep its shape."_s,
            u"Air it out between wears; it needs less washing than you think."_s, u"Use a mild detergent."_s});
    b.insert(u"care_item.home"_s,
        {u"Wash by hand in warm, soapy water."_s, u"Dry straight away with a soft cloth."_s,
            u"Avoid abrasive sponges and harsh cleaners."_s, u"Do not leave it soaking."_s,
            u"Store it somewhere dry."_s, u"Wipe clean after each use."_s, u"Let it cool down before you clean it."_s});
    b.insert(u"care_item.beauty"_s,
        {u"Store in a cool, dry place."_s, u"Keep out of direct sunlight."_s, u"Close well after each use."_s,
            u"Use with clean, dry hands."_s, u"Use within the period shown on the pack."_s});
    b.insert(u"care_item.outdoor"_s,
        {u"Brush off dirt once it is dry."_s, u"Rinse with clean water after use."_s,
            u"Let it dry fully before you store it."_s, u"Store in a cool, dry place."_s,
            u"Check it over before each trip."_s, u"Clean with a damp cloth and mild soap."_s});
    b.insert(u"care_item.tech"_s,
        {u"Wipe with a soft, dry cloth."_s, u"Keep away from water and moisture."_s,
            u"Avoid direct heat and strong sunlight."_s, u"Do not use solvents or harsh cleaners."_s,
            u"Store in a dry place when not in use."_s});
    b.insert(u"care_item.generic"_s,
        {u"Clean with a soft, damp cloth."_s, u"Keep it dry when not in use."_s, u"Avoid harsh cleaners."_s,
            u"Store in a cool, dry place."_s, u"Follow any instructions on the label."_s});
    b.insert(
        u"care_sustainability"_s, {u"A well-kept product lasts longer, and that is a sustainable choice in itself."_s});
    b.insert(u"machine_wash"_s, {u"Machine washable; use a gentle programme."_s});
    b.insert(u"warning.apparel"_s,
        {u"Keep away from open flames."_s, u"Keep it away from rough surfaces that can snag the fabric."_s});
    b.insert(u"warning.home"_s,
        {u"Keep out of reach of small children."_s, u"Handle with care: it can break if dropped."_s,
            u"Only use the dishwasher if the label says so."_s});
    b.insert(u"warning.beauty"_s,
        {u"For external use only."_s, u"Stop using it if irritation occurs."_s, u"Keep out of reach of children."_s});
    b.insert(u"warning.outdoor"_s, {u"Keep away from open flames."_s, u"Do not store it wet."_s});
    b.insert(u"warning.tech"_s, {u"Keep away from water."_s, u"Do not use a damaged cable or device."_s});
    b.insert(u"warning.generic"_s, {u"Keep out of reach of small children."_s, u"Keep away from open flames."_s});
    b.insert(u"durability"_s,
        {u"It is built to last, with no weak spots that give out after a few months."_s,
            u"We would rather make one thing properly than three things quickly."_s,
            u"It is made to be used often, and to look [better|all the better] for it."_s,
            u"Every detail is there to hold up to [daily|everyday] use."_s,
            u"Years from now, it should still be one of your favourites."_s,
            u"Made properly, it will not need replacing any time soon."_s});
    b.insert(u"design"_s,
        {u"The design is [calm|quiet|understated] and easy to combine with what you already own."_s,
            u"Nothing about it is there for show; every detail has a [job|purpose]."_s,
            u"Its simple lines [will not date|stay in style] from one season to the next."_s,
            u"The finish is [understated|subtle], so it ages gracefully."_s,
            u"It looks simple because a lot of thought went into it."_s,
            u"Clean lines and honest materials: that is all it needs."_s});
    b.insert(u"everyday"_s,
        {u"It is the kind of thing you reach for [first|without thinking]."_s,
            u"Small choices add up, and this is an easy one."_s, u"It makes an ordinary day a [bit|little] better."_s,
            u"You will use it more often than you [expect|think]."_s, u"It does not need a special occasion."_s,
            u"It becomes part of your routine within a week."_s});
    b.insert(u"values"_s,
        {u"We keep our range small on purpose, so each product gets our [full|proper] attention."_s,
            u"We would rather sell fewer things and make sure each one is right."_s,
            u"[Everything|Almost everything] we sell is something we [use ourselves|use at home ourselves]."_s,
            u"We describe our products plainly, because good things [speak for themselves|do not need big words]."_s,
            u"We test every product the way you will use it: often, and without special care."_s,
            u"Our {category} range is small, and we like it that way."_s,
            u"We choose makers who take the time to do things [well|properly]."_s,
            u"A product earns its place in our shop by being useful, not by being new."_s,
            u"We think a good product should be easy to understand, so we keep the story simple."_s,
            u"Behind every product in our shop is a choice we thought about carefully."_s,
            u"Quality shows in the details you only notice after a [while|few weeks]."_s,
            u"If something is not right, we want to hear about it."_s});
    b.insert(u"combo"_s,
        {u"In {material}, it is [simple|easy] to use and easy to [like|look after]."_s,
            u"{material} and the {colour} finish make it easy to combine."_s,
            u"For {audience}, {material} is a [sensible|good] choice."_s,
            u"At {price}, a {thing} in {material} is [built for years|made for daily use]."_s,
            u"Every size, from {first_size} to {last_size}, is made from {material}."_s,
            u"{name} comes in {colour}, made from {material}."_s,
            u"{material} and the {colour} [tone|shade] [work well together|suit each other]."_s,
            u"It measures {dimensions} and is made from {material}."_s,
            u"With {volume} of room and a body in {material}, it is [practical|easy to live with]."_s});
    b.insert(u"detail"_s,
        {u"It belongs to our {category} range, which we [keep small on purpose|add to slowly]."_s,
            u"Look closely and you will see the care that went into it."_s,
            u"There is nothing complicated about it, and that is [the point|exactly the idea]."_s,
            u"If you are new to our shop, {name} is a [good|sensible] place to start."_s,
            u"It is [easy to understand, easy to use and easy to like|simple to use and pleasant to own]."_s,
            u"We picked {name} because it does one job and does it [well|properly]."_s,
            u"We think it is the kind of {thing} you keep."_s,
            u"The more you use it, the more [you notice the small things done right|it feels like yours]."_s});
    b.insert(u"moment"_s,
        {u"On a [busy|slow] morning, it is one less thing to think about."_s,
            u"It is there when you need it and out of the way when you do not."_s,
            u"[After a long day|At the end of the week], it is the small things like this that make a difference."_s,
            u"It fits the way you already live instead of asking you to change."_s,
            u"Whether it is a weekday or a weekend, it [does its job|is ready to go]."_s,
            u"It is at home in a [small flat|busy household] as much as anywhere else."_s,
            u"Using it soon becomes second nature, which is the real test of any {thing}."_s,
            u"It makes [ordinary routines|everyday moments] run a little more smoothly."_s});
    b.insert(u"service"_s,
        {u"Questions before you order? Our team answers every message personally."_s,
            u"Not sure it is right for you? Send us a message and we will help you decide."_s,
            u"We pack every order with care."_s,
            u"If it is not what you expected, let us know and we will make it right."_s,
            u"Our support team is happy to help with sizing, care or anything else."_s,
            u"Ordering is simple, and we keep you posted until it arrives."_s});
    b.insert(u"gift"_s,
        {u"It makes a thoughtful gift, and an easy one to get right."_s,
            u"Looking for a present? This is one people actually use."_s,
            u"Give it to someone you like, or keep it for yourself."_s, u"It is a gift that gets used, not put away."_s,
            u"For birthdays, thank-yous or just because, it is a safe choice."_s});
    b.insert(u"sustainability"_s,
        {u"Buying fewer, better things is a sustainable choice, and this is one of them."_s,
            u"Made to last, it keeps one more thing out of the bin: sustainability at its simplest."_s,
            u"Sustainability starts with things you do not need to replace."_s,
            u"We think about sustainability over years of use, not only when a product is new."_s,
            u"A product that lasts is the sustainable choice: kinder to the planet than one you buy twice."_s,
            u"Sustainable choices should be easy, and this one is."_s,
            u"{material} was chosen with its impact on the environment in mind."_s});
    b.insert(u"comfort"_s,
        {u"Comfort comes first: you should forget you are using it."_s,
            u"It feels good from the first day and keeps feeling good."_s,
            u"Comfort is in the details, and we took our time over every one of them."_s,
            u"It is comfortable in the quiet way that matters: you never think about it."_s,
            u"Soft where it should be and firm where it needs to be."_s});
    b.insert(u"tone.playful"_s,
        {u"Say hello to your new favourite!"_s, u"Warning: you may never want to use anything else again!"_s,
            u"Go on, treat yourself!"_s, u"Your future self says thank you!"_s,
            u"Life is too short for things that do not work!"_s, u"Spoiler: it does exactly what it promises!"_s});
    b.insert(u"tone.formal"_s,
        {u"This product has been developed with attention to function, quality and longevity."_s,
            u"It meets the requirements of daily use without compromise."_s,
            u"Every aspect of its construction has been considered carefully."_s,
            u"It represents a sound investment for the discerning buyer."_s,
            u"It is suitable for both professional and private use."_s,
            u"Its specifications are stated plainly in the details."_s});
    b.insert(u"tone.warm"_s,
        {u"We think you are going to love this one."_s, u"We made it the way we would want it for ourselves."_s,
            u"It is the kind of thing that makes home feel like home."_s,
            u"We hope it brings you as much joy as it brings us."_s,
            u"Thank you for taking the time to read about it."_s,
            u"It is made with care, and we hope you can tell."_s});
    b.insert(u"tone.plain"_s,
        {u"Here are the facts."_s, u"It does what it says."_s, u"No fuss, just a good {thing}."_s,
            u"That is all there is to it."_s, u"Simple, and it works."_s});
    b.insert(u"closing"_s,
        {u"Order yours today and see the difference for yourself."_s,
            u"Add it to your basket and find out why we are so fond of it."_s, u"Take a closer look in our shop."_s,
            u"Get in touch if you have questions; we are happy to help."_s,
            u"Give it a try; we think you will keep it."_s, u"It is ready to ship, so it can be with you soon."_s,
            u"Discover it in our shop today."_s, u"Once you have used it, you will wonder how you managed without."_s});
    b.insert(u"choosing"_s,
        {u"Choosing good {topic} starts with one question: how often will you use it?"_s,
            u"Look at the material first; it decides how a {thing} feels and how long it lasts."_s,
            u"Check what the maker actually states, and be wary of claims that are not [explained|backed up]."_s,
            u"A simple design tends to outlast a trend, [in {topic} as much as anywhere|and {topic} are no "
            u"exception]."_s,
            u"Think about care before you buy: a {thing} that is hard to look after will not get used."_s,
            u"Price is part of the picture, but cost per use tells you [more|a lot more]."_s,
            u"Read the product details [carefully|closely]: the facts a shop gives tell you a lot about how something "
            u"was made."_s,
            u"If you can, buy {topic} from shops that answer questions and stand behind what they sell."_s,
            u"Fewer, better things are easier to live with than a cupboard full of almost right."_s,
            u"Pay attention to the small details, such as [finishes and edges|seams and corners], because they show "
            u"how "
            u"carefully something was made."_s,
            u"Ask yourself where a new {thing} will [live|fit] in your home or routine before you order."_s,
            u"When in doubt, go for the version you can imagine using every [day|week]."_s});
    b.insert(u"faq.sustainability"_s,
        {u"Is {name} a sustainable choice? || Yes: it is made to last, and a product you do not need to replace is a "
         u"sustainable choice in itself."_s});
    b.insert(u"faq.comfort"_s,
        {u"Is {name} comfortable? || Yes: comfort came first when we chose it, and it feels good from the first "
         u"day."_s});
    b.insert(u"blog_intro"_s,
        {u"When it comes to {topic}, good choices do not have to be complicated."_s,
            u"There is a lot of choice when it comes to {topic}, and not all of it is made to last."_s,
            u"We often get asked how to choose {topic}, so here is what we look for."_s,
            u"Choosing {topic} well saves you money, time and a bit of frustration."_s});
    b.insert(u"blog_bridge"_s,
        {u"That brings us to {name}."_s, u"Which is where {name} comes in."_s,
            u"One product that ticks these boxes is {name}."_s});
    b.insert(u"blog_title"_s,
        {u"How to choose {topic} that lasts"_s, u"A short guide to {topic}"_s, u"What to look for in {topic}"_s,
            u"{name}, and how to choose {topic} well"_s, u"Choosing {topic}: what really matters"_s});
    b.insert(u"excerpt"_s,
        {u"What to look for when you choose {topic}, and why {name} made our shortlist."_s,
            u"A few plain pointers on choosing {topic}, with {name} as an example."_s,
            u"How to choose {topic} that lasts, from the material to the care."_s});
    b.insert(u"greeting"_s, {u"Hello,"_s, u"Hi there,"_s, u"Good news,"_s});
    b.insert(u"email_lead"_s,
        {u"Something new has arrived in the shop, and we think you will like it."_s,
            u"We have been looking forward to telling you about this one."_s, u"Our newest addition is here."_s,
            u"There is something new in the shop that we want you to see first."_s});
    b.insert(u"email_cta"_s,
        {u"Have a look in the shop and see it for yourself."_s, u"Order today and it is on its way to you soon."_s,
            u"Have a closer look: the details are all on the product page."_s});
    b.insert(u"signoff"_s, {u"Warm regards,\nThe team"_s, u"See you soon,\nThe team"_s, u"Kind regards,\nThe team"_s});
    b.insert(u"subject"_s,
        {u"New in: {name}"_s, u"Meet {name}"_s, u"Just arrived: {name}"_s, u"{name} is here"_s,
            u"Say hello to {name}"_s});
    b.insert(u"preheader"_s,
        {u"Made from {material}, for {audience}."_s, u"A new {thing} for every day, at {price}."_s,
            u"Take a first look at our newest {thing}."_s, u"Here is why we think you will like it."_s});
    b.insert(u"social_hook"_s,
        {u"New in the shop: {name}."_s, u"Fresh in: {name}."_s, u"Introducing {name}."_s,
            u"This one is for {audience}."_s, u"Say hello to {name}."_s, u"Just landed: {name}."_s});
    b.insert(u"social_cta"_s,
        {u"Shop it now via the link."_s, u"Find it in our shop."_s, u"Available now in the shop."_s,
            u"Have a look on our website."_s});
    b.insert(u"social_cta.instagram"_s, {u"Link in bio."_s, u"Tap the link in our bio to shop."_s});
    b.insert(u"email_intro"_s, {u"Meet {name}."_s, u"Its name is {name}."_s, u"We are talking about {name}."_s});
    b.insert(u"linkedin"_s,
        {u"We are pleased to add {name} to our {category} range."_s,
            u"It reflects how we work: fewer products, made properly."_s,
            u"We would like to thank the makers who helped us get the details right."_s,
            u"It is a good example of what we stand for as a company."_s});
    b.insert(u"meta"_s,
        {u"{name} made from {material}, for {audience}. Order online for {price}."_s,
            u"{name} in {material}. Made to last and easy to live with; order it online."_s,
            u"Buy {name} online for {price}. Made from {material}, made to last."_s,
            u"{name}: a {thing} for every day, made from {material}. Order it online."_s,
            u"{name} for {audience}. Order online for {price} and enjoy it for years."_s,
            u"Discover {name}, a {thing} made to be used every day. Order online for {price}."_s,
            u"Discover {name}, a {thing} made to be used every day. Order it online today."_s});
    b.insert(u"meta_extra"_s, {u"Order online today."_s, u"Made to last."_s, u"Easy to order online."_s});
    b.insert(u"seo_title"_s,
        {u"{name} | {category_title}"_s, u"{name} in {material}"_s, u"{name} – {category_title}"_s,
            u"{name}, {material}"_s, u"{name} | Buy online"_s});
    b.insert(u"headline"_s,
        {u"{name}: made from {material}"_s, u"{name}, for {audience}"_s, u"{name}: one {thing}, every day"_s,
            u"Meet {name}"_s, u"{name}, made to be used"_s, u"{name}: made to last"_s});
    b.insert(u"bullet_extra"_s,
        {u"Made to last"_s, u"Easy to look after"_s, u"Designed for daily use"_s, u"Packed with care"_s});
    b.insert(u"label.material"_s, {u"Material: {material}"_s});
    b.insert(u"label.sizes"_s, {u"Sizes: {sizes}"_s});
    b.insert(u"label.colour"_s, {u"Colour: {colour}"_s, u"Colours: {colours}"_s});
    b.insert(u"label.price"_s, {u"Price: {price}"_s});
    b.insert(u"label.audience"_s, {u"Made for {audience}"_s});
    b.insert(u"label.dimensions"_s, {u"Dimensions: {dimensions}"_s});
    b.insert(u"label.volume"_s, {u"Capacity: {volume}"_s});
    b.insert(u"label.weight"_s, {u"Weight: {weight}"_s});
    b.insert(u"label.pieces"_s, {u"In the set: {pieces}"_s});
    b.insert(u"label.power"_s, {u"Power: {power}"_s});
    b.insert(u"label.brand"_s, {u"Brand: {brand}"_s});
    b.insert(u"attr.dimensions"_s, {u"It measures {dimensions}."_s, u"The dimensions are {dimensions}."_s});
    b.insert(u"attr.volume"_s, {u"It holds {volume}."_s, u"The capacity is {volume}."_s});
    b.insert(u"attr.weight"_s, {u"It weighs {weight}."_s, u"At {weight}, it is easy to handle."_s});
    b.insert(u"attr.pieces"_s, {u"The set contains {pieces} items."_s, u"You get {pieces} items in one set."_s});
    b.insert(u"attr.power"_s, {u"It delivers {power}."_s, u"The power rating is {power}."_s});
    b.insert(u"attr.brand"_s, {u"It is made by {brand}."_s, u"It comes from {brand}."_s});
    b.insert(u"attr.other"_s, {u"One more detail: the {key} is {value}."_s, u"Worth knowing: {key}, {value}."_s});
    b.insert(u"faq.material"_s,
        {u"What is {name} made of? || {name} is made from {material}."_s,
            u"Which material is {name} made from? || The material is {material}, chosen because it holds up to "
            u"daily use."_s,
            u"What material is used for {name}? || We use {material}, a material picked for how it wears."_s});
    b.insert(u"faq.price"_s,
        {u"How much does {name} cost? || {name} costs {price}."_s,
            u"What does {name} cost? || It costs {price}, and the price you see is the price you pay."_s,
            u"What is the price of {name}? || The price is {price}, with nothing hidden."_s});
    b.insert(u"faq.audience"_s,
        {u"Who is {name} for? || It is made for {audience}."_s,
            u"Who did you design {name} for? || We designed it for {audience}."_s});
    b.insert(u"faq.audience_none"_s,
        {u"Who is {name} for? || It is for anyone who wants a well-made {thing} for daily use."_s});
    b.insert(u"faq.care"_s,
        {u"How do I care for {name}? || Taking care of it is simple."_s,
            u"How should I look after {name}? || Looking after it takes little effort."_s,
            u"How do I clean {name}? || Cleaning it is easy."_s});
    b.insert(u"faq.returns"_s,
        {u"Can I return {name}? || Yes: get in touch with our team and we will explain how to return it."_s,
            u"What if {name} is not right for me? || If it is not right for you, contact our team and we will "
            u"help you return it."_s,
            u"Can I send {name} back? || You can; send us a message first and we will tell you how to send it "
            u"back."_s});
    b.insert(u"faq.gift"_s,
        {u"Is {name} a good gift? || Yes, it is a good gift: useful, well made and easy to get right."_s,
            u"Would {name} make a nice present? || It would: it is a present people actually use."_s});
    b.insert(u"faq.sizes"_s,
        {u"Which size of {name} should I choose? || Choose the size you usually wear: {name} comes in "
         u"{sizes}."_s,
            u"What sizes does {name} come in? || {name} comes in sizes {sizes}."_s});
    b.insert(u"faq.durability"_s,
        {u"How long will {name} last? || With normal use and a little care, it will last for years."_s,
            u"Is {name} made to last? || It is: with a little care, it is made to last for years."_s});
    b.insert(u"faq.colour"_s,
        {u"What colour is {name}? || The colour is {colour}."_s,
            u"Which colours does {name} come in? || The colours are {colours}."_s});
    b.insert(u"faq.dimensions"_s,
        {u"How big is {name}? || {name} measures {dimensions}, big enough for everyday use."_s,
            u"What are the dimensions of {name}? || The dimensions are {dimensions}."_s});
    b.insert(u"faq.volume"_s, {u"How much does {name} hold? || It holds {volume}."_s});
    b.insert(u"faq.weight"_s, {u"How much does {name} weigh? || It weighs {weight}."_s});
    b.insert(u"faq.pieces"_s, {u"What comes in the set? || The set comes with {pieces} items."_s});
    b.insert(u"faq.everyday"_s,
        {u"Can I use {name} every day? || Yes: it is made for every day, and regular use is exactly the "
         u"idea."_s});
    b.insert(u"faq.shipping"_s,
        {u"How soon will {name} arrive? || Orders leave us as soon as they are packed, and we keep you posted "
         u"until it arrives."_s});
    b.insert(u"mention.np"_s,
        {u"{name} comes with {mention}."_s, u"Good to know: {name} comes with {mention}."_s,
            u"Every order of {name} includes {mention}."_s, u"And yes, {mention} is part of the deal."_s});
    b.insert(u"mention.any"_s,
        {u"Also worth knowing about: {mention}."_s, u"One more thing worth knowing: {mention}."_s,
            u"Ask us about {mention}; we are happy to tell you more."_s});
    b.insert(u"mention.topic"_s,
        {u"We care about {mention}, and {name} is made with that in mind."_s,
            u"A word on {mention}: it was part of the brief for {name} from the start."_s,
            u"When it comes to {mention}, {name} was made with care."_s});
    b.insert(u"mention.clause"_s,
        {u"Good to know: {clause}."_s, u"And yes: {clause}."_s, u"Worth mentioning: {clause}."_s,
            u"One more thing: {clause}."_s});
    b.insert(u"faq_mention.np"_s, {u"What about {mention}?"_s});
    b.insert(u"faq_mention.clause"_s, {u"Is it true that {clause}? || Yes: {clause}."_s});
    b.insert(
        u"fit.first"_s, {u"The smallest size, for a close fit."_s, u"Our smallest size; choose it for a snug fit."_s});
    b.insert(u"fit.last"_s, {u"The largest size, with the most room."_s, u"Our largest size, for a relaxed fit."_s});
    b.insert(u"fit.middle"_s,
        {u"Fits like a standard {size}; take it if that is your usual size."_s,
            u"A regular fit; if you are between {prev} and {size}, choose {size} for more room."_s,
            u"A step up from {prev}, with a little more room."_s,
            u"The step between {prev} and {next}, for a regular fit."_s,
            u"Take {size} if you usually wear {size} elsewhere."_s});
    b.insert(u"fit.only"_s, {u"One size, made to fit a wide range of people."_s});
    b.insert(u"size_advice"_s,
        {u"If you are between two sizes, choose the larger one for a relaxed fit or the smaller one for a closer "
         u"fit."_s,
            u"Not sure? Take the size you usually wear; our team is happy to advise if you send us a message."_s,
            u"Most people take their usual size. If you like a looser fit, go one size up."_s});
    b.insert(u"tags.apparel"_s, {u"clothing"_s, u"wardrobe basics"_s, u"everyday wear"_s, u"layering"_s});
    b.insert(u"tags.home"_s, {u"home"_s, u"kitchen"_s, u"table"_s, u"interior"_s, u"homeware"_s});
    b.insert(u"tags.beauty"_s, {u"skin care"_s, u"body care"_s, u"self care"_s, u"bathroom"_s});
    b.insert(u"tags.outdoor"_s, {u"outdoor"_s, u"hiking"_s, u"camping"_s, u"travel"_s});
    b.insert(u"tags.tech"_s, {u"desk setup"_s, u"home office"_s, u"tech accessories"_s, u"workspace"_s});
    b.insert(u"tags.generic"_s,
        {u"gift idea"_s, u"made to last"_s, u"everyday"_s, u"design"_s, u"quality"_s, u"online shop"_s, u"timeless"_s,
            u"well made"_s});
    return b;
}
