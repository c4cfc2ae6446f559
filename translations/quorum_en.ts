<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AbTest</name>
    <message>
        <location filename="../services/core/AbTest.cpp" line="+100"/>
        <source>Collecting data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No difference yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Winner found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inconclusive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionEffects</name>
    <message>
        <location filename="../services/approvals/ActionEffects.cpp" line="+25"/>
        <source>Recorded as decided; carrying it out happens outside Quorum (supplier, market, books).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quorum does not know how to run “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionExecutor</name>
    <message>
        <location filename="../services/campaigns/CampaignEffects.cpp" line="+34"/>
        <source>The change names no ad account or ad set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The approved budget is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+110"/>
        <source>A daily budget on Meta is at least 1.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-100"/>
        <source>There is no campaign called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several campaigns are called “%1” (on different platforms), and the change does not say which one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is a campaign on a connected ad account: Quorum changes the budgets of its ad sets, and this proposal names none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is on no connected ad account and in no imported report, so Quorum cannot change it or see the change: connect its ad account in Settings → Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recorded as decided. Quorum reads “%1” from %2 report exports and cannot change it there: set its daily budget to %3 in %2. The next report you import shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The approved bid is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quorum does not know the ad set change “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The shift names no ad account or not both ad sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount to move is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moving %1 would leave “%2” below 1.00 a day, the smallest daily budget on Meta: modify the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Quorum launches campaigns on Meta only; create this one in the %1 ad manager itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No Meta ad account is connected to launch this on: add one in Settings → Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This workspace has several Meta ad accounts and the launch names none of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An ad needs the Facebook Page it runs as: enter the Page ID of %1 in Settings → Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a country code: use two letters, e.g. NL, BE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The launch names no countries to show the ads in: modify it and enter them, e.g. NL, BE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ad has no page to lead to: modify the launch and enter its link, e.g. https://shop.example/winter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The launch needs the campaign&apos;s name and the ad&apos;s text: modify it and enter them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The budget is in %1 but the ad account %2 spends in %3: modify the launch and give the budget in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Quorum reads “%1” from %2 report exports and cannot change it there: approving records the decision, and you set the budget in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/publishing/PublishJobs.cpp" line="+115"/>
        <source>Price changed: the words that state the old price are checked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The old price was written in its content (%1): the written pieces are checked again against the new price, and the writer rewrites what fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The old price is written in its content (%1). Once the new price is published, the SEO agent checks the content again and proposes rewriting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The approved price is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no product with SKU “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/pipeline/PipelineEffects.cpp" line="+24"/>
        <source>The product of this review no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Content accepted as it is by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/publishing/PublishJobs.cpp" line="-63"/>
        <source>The product no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approved for publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/storesync/StockJobs.cpp" line="+36"/>
        <source>The stock update names no store or SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A stock quantity cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Recorded: %n unit(s) of %1 ordered from the supplier. Quorum does not order from suppliers; no new reorder is proposed for it until its delivery time has passed.</source>
        <translation>
            <numerusform>Recorded: %n unit of %1 ordered from the supplier. Quorum does not order from suppliers; no new reorder is proposed for it until its delivery time has passed.</numerusform>
            <numerusform>Recorded: %n units of %1 ordered from the supplier. Quorum does not order from suppliers; no new reorder is proposed for it until its delivery time has passed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../services/shopagents/ShopAgents.cpp" line="+72"/>
        <source>Recorded: order %1 held for a fraud check. Quorum does not change orders in the store; put it on hold there too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recorded: feature %1 (%2). Quorum does not arrange the store&apos;s pages; put it forward there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recorded: %1 is to leave the range. Set it to draft in the stores; archive it in the Pipeline when its stock is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Recorded as decided: %1 is not in the supplier list for these SKUs. Quorum does not contact suppliers; place the first order with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Recorded: %1 is now marked as a current supplier of %n SKU(s) in the supplier list. Quorum does not contact suppliers; place the first order with them.</source>
        <translation>
            <numerusform>Recorded: %1 is now marked as a current supplier of %n SKU in the supplier list. Quorum does not contact suppliers; place the first order with them.</numerusform>
            <numerusform>Recorded: %1 is now marked as a current supplier of %n SKUs in the supplier list. Quorum does not contact suppliers; place the first order with them.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recorded: the reply to the review of %1 is approved. Quorum does not post replies to the store; paste it under the review there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/social/SocialPublishRun.cpp" line="+416"/>
        <source>The post has no text for any platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scheduled: post about %1 on %2 at %3, each in its account&apos;s time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded: post about %1 on %2 at %3, for you to post there (no connected account could post it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not planned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The posts were not scheduled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 posts scheduled; the others were approved after their time: move them to a new time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/shopagents/ShopAgents.cpp" line="+11"/>
        <source>Content refresh approved: checking every piece again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n piece(s) of %1 are checked again against today&apos;s facts and the gate; the writer rewrites what fails. When it passes, publish it again from the Pipeline (publishing is approved as before).</source>
        <translation>
            <numerusform>%n piece of %1 is checked again against today&apos;s facts and the gate; the writer rewrites it if it fails. When it passes, publish it again from the Pipeline (publishing is approved as before).</numerusform>
            <numerusform>%n pieces of %1 are checked again against today&apos;s facts and the gate; the writer rewrites what fails. When it passes, publish it again from the Pipeline (publishing is approved as before).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionSchema</name>
    <message>
        <location filename="../services/approvals/ActionSchema.cpp" line="+165"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product (SKU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum order (units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instruction for the writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store has now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery time (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs out on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Countries (e.g. NL, BE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link of the ad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the ad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A/B test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From ad set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To ad set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily budget now (from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily budget now (to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs without a person now up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New bound (in the rule&apos;s unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Units, last 28 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Units, the 28 days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Gross margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded share of sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to feature it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At (hour, 0–23)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instagram caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hashtags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facebook post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post on X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Link to the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its first-attempt passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The other version&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p-value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Pieces with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SEO score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SEO score the gate asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concept site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Margin floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Price elasticity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its standard error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weeks of sales measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competitor&apos;s price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competitor&apos;s price seen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price written in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Unknown kind of action “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: “%2” is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use a three-letter currency code such as EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: “%2” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be a percentage between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must be one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: write the date as 2026-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: an hour from 0 to 23.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the post for at least one platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LOW (runs and is logged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MEDIUM (runs and notifies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the margin is below the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sales respond strongly to the price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sales hardly respond to the price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a competitor sells it for less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cheapest competitor asks more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionType</name>
    <message>
        <location filename="../services/approvals/ApprovalTypes.cpp" line="+133"/>
        <source>Budget change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategic pivot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund / compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad set change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A/B test winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval rule change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature a product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire a product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outreach e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Unknown action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <location filename="../models/ActivityModel.cpp" line="+87"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Executed automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AI budget shared out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modified and resubmitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emergency stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent for content review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Execution failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User switched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products restored from the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product duplicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product facts corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier version restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another AI provider stood in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline state changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpublished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publishing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brand profile changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AI provider saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AI provider removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writers and reviewers assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo window changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One-model review changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store connection changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store connection removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leads imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Territory changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+102"/>
        <source>Recorded change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Proposed through the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn by the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt from the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt differs from the approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision told to the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decisions acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent subscribed to events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External agent registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway key issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway key revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked with its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+132"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Decided as the only approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided as the only approver: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 — as changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityView</name>
    <message>
        <location filename="../ui/panes/ActivityView.cpp" line="+36"/>
        <source>Search the trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ran on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overrides and rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verify integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>✔ The audit trail is intact: %n entries, each chained to the one before.</source>
        <translation>
            <numerusform>✔ The audit trail is intact: %n entries, each chained to the one before.</numerusform>
            <numerusform>✔ The audit trail is intact: %n entries, each chained to the one before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>⚠ The chain is intact (%n entries), but nothing outside the database vouches for it: a rewrite with recomputed hashes, or dropped newest entries, would not be noticed.</source>
        <translation>
            <numerusform>⚠ The chain is intact (%n entry), but nothing outside the database vouches for it: a rewrite with recomputed hashes, or dropped newest entries, would not be noticed.</numerusform>
            <numerusform>⚠ The chain is intact (%n entries), but nothing outside the database vouches for it: a rewrite with recomputed hashes, or dropped newest entries, would not be noticed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✘ The audit trail was rewritten or cut short: %1. What the checkpoints outside the database saw is no longer all there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✘ The audit trail was changed: entry %1 is the first that does not verify (%2). Everything from there on cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✘ The audit trail was not verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Export the audit trail as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Recompute the SHA-256 chain over every entry, hold it against the checkpoints kept outside the database, and name what was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Export the audit trail as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Audit trail exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdLaunchRun</name>
    <message>
        <location filename="../services/campaigns/AdLaunchRun.cpp" line="+82"/>
        <source>An ad needs the Facebook Page it runs as: enter the Page ID of %1 in Settings → Connections, then propose the launch again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Meta did not list what the launch made so far: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Meta made no id for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meta did not create “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Meta did not switch on “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Meta did not show the launched campaign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meta did not show the launched ad set: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdProposals</name>
    <message>
        <location filename="../services/campaigns/AdProposals.cpp" line="+23"/>
        <source>From %1 to %2 (complete days in the account&apos;s time zone): spend %3, purchase value %4, purchases %5, clicks %6, impressions %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The chance that its true ROAS is below break-even: %1 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Replayed on this ad set from %1, the rule would not have acted before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Replayed on this ad set from %1, the rule would have acted %n time(s); its condition still held three days later in %2 of them.</source>
        <translation>
            <numerusform>Replayed on this ad set from %1, the rule would have acted %n time; its condition still held three days later in %2 of them.</numerusform>
            <numerusform>Replayed on this ad set from %1, the rule would have acted %n times; its condition still held three days later in %2 of them.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Meta ad insights from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the ad rule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Found by the ad rule “%1” in the synced figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Raise the budget of “%1” to %2 a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower the budget of “%1” to %2 a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set the bid cap of “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+46"/>
        <source>Pause “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Resume “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdReportImport</name>
    <message>
        <location filename="../services/campaigns/AdReportImport.cpp" line="+29"/>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+210"/>
        <source>This is not an ad report Quorum reads (%1): no row names a day, a campaign and a cost. The first row reads: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The %1 report has no %2 column (it may have been renamed; looked for: %3). Its columns are: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>line %1: “%2” is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1: the %2 “%3” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 report has no campaign rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No row of the %1 report could be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>%1 report: %n campaign(s)</source>
        <translation>
            <numerusform>%1 report: %n campaign</numerusform>
            <numerusform>%1 report: %n campaigns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n campaign day(s)</source>
        <translation>
            <numerusform>, %n campaign day</numerusform>
            <numerusform>, %n campaign days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (%n new campaign(s))</source>
        <translation>
            <numerusform> (%n new campaign)</numerusform>
            <numerusform> (%n new campaigns)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n total row(s) left out</source>
        <translation>
            <numerusform>; %n total row left out</numerusform>
            <numerusform>; %n total rows left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>; %n row(s) not read</source>
        <translation>
            <numerusform>; %n row not read</numerusform>
            <numerusform>; %n rows not read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n campaign day(s) left as they were, since a row of theirs was not read</source>
        <translation>
            <numerusform>; %n campaign day left as they were, since a row of theirs was not read</numerusform>
            <numerusform>; %n campaign days left as they were, since a row of theirs was not read</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../services/campaigns/AdRuleActions.cpp" line="+230"/>
        <source>Export a shorter period or fewer columns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdRuleActions</name>
    <message>
        <location line="-145"/>
        <source>Every ad account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No ad account has figures yet; the backtest runs once the first sync is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ad account has no figures yet; the backtest runs once its first sync is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only an owner sets ad rules: they spend the shop&apos;s money.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdRuleDialog</name>
    <message>
        <location filename="../ui/dialogs/AdRuleDialog.cpp" line="+91"/>
        <source>Hands off while an ad set is learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live: findings become proposals, judged by the approval rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit ad rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New ad rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Every ad account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every ad set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> complete days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <location line="+1"/>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Only days that ended at least this long ago count: purchases are attributed late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A paused ad set is resumed only beyond this (hysteresis), as late purchases arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause only when the chance that the true ROAS is below break-even passes the level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A heuristic: larger budget steps are thought to restart learning; Meta states no number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pause losers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad a&amp;ccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad sets named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Over the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days ended at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget or bid change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break-even ROAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a chance of at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or minimum clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooldown per ad set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad set budget at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account budgets at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions per day at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hands off after an edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Backtest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+112"/>
        <source>In words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Replayed on %1 from %2 to %3 as if live: %n action(s)</source>
        <translation>
            <numerusform>Replayed on %1 from %2 to %3 as if live: %n action</numerusform>
            <numerusform>Replayed on %1 from %2 to %3 as if live: %n actions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of them still right three days later; spend saved %2, sales forgone %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rule “%1” saved. It is live: its ad account is read again now, and what it finds is proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule “%1” saved, notify-only: it shows what it would do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rule “%1” removed; what it found stays in the activity log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdRuleStore</name>
    <message>
        <location filename="../services/campaigns/AdRuleStore.cpp" line="+65"/>
        <source>The rule names a metric or an action Quorum does not know.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdRules</name>
    <message>
        <location filename="../services/campaigns/AdRules.cpp" line="+64"/>
        <source>pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lower the budget of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>raise the budget of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower the bid of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>raise the bid of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Give the rule a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The window must be between 1 and 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late conversions can be waited for between 0 and 72 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the minimum evidence: a spend and a number of purchases or clicks below which the rule never acts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A click-through rule needs a minimum number of clicks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fewer than 0 purchases never happens; choose a threshold above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The threshold cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The probability condition applies to ROAS pause rules only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The probability must be at least 50 % and below 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set a resume threshold above the pause threshold, so a paused object is not resumed by the same numbers that paused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set a resume threshold below the pause threshold, so a paused object is not resumed by the same numbers that paused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say how much to change: a percentage or an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The maximum step must be between 1 % and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The change (%1 %) is larger than the maximum step (%2 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A rule that raises budgets needs a daily ceiling per object and one for the whole account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A rule that raises bids needs a ceiling for the bid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules act on ad sets for now; a rule on whole campaigns cannot be saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cooldown must be at least one hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of actions per day must be between 1 and 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hours after a significant edit cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>any ad set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an ad set whose name contains “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” and “%2” can both act on %3: at %4 over %5, the first would %6 it and the second would %7 it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” and “%2” can both act on %3 in opposite directions (%4 it, %5 it) when both conditions hold at once; check that they cannot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ROAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CTR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average daily frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (no purchases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the last complete day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>the last %n complete days</source>
        <translation>
            <numerusform>the last %n complete day</numerusform>
            <numerusform>the last %n complete days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>the last %n days that ended at least %1 hours ago</source>
        <translation>
            <numerusform>the last %n day that ended at least %1 hours ago</numerusform>
            <numerusform>the last %n days that ended at least %1 hours ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdRulesModel</name>
    <message>
        <location filename="../models/AdRulesModel.cpp" line="+73"/>
        <source>%1 below %2 over %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 above %2 over %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, ad sets named “…%2…”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause; resume above %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget %1, at most %2 a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notify-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 held)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ad account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found (30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last acted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdRulesTab</name>
    <message>
        <location filename="../ui/panes/AdRulesTab.cpp" line="+25"/>
        <source>&amp;New rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+90"/>
        <source>Make &amp;live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-72"/>
        <source>No ad rules yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rule watches one figure of your ad sets over whole days and pauses, resumes or re-budgets them, within brakes you set. New rules start notify-only: they show what they would do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing found yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rule looks at every ad account sync. What it finds, or what a brake held, is listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Enter or a double click opens the finding&apos;s proposal in Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This finding made no proposal: the rule was notify-only, or a brake held it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Make &amp;notify-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What “%1” found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the rules found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>“%1” is live: its ad account is read again now, and what the rule finds is proposed and judged by the approval rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is notify-only: it shows what it would do and changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdSyncRun</name>
    <message>
        <location filename="../services/campaigns/AdSyncRun.cpp" line="+52"/>
        <source>Meta did not say the ad account&apos;s currency and time zone; the token may lack ads_read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/campaigns/AdSync.cpp" line="+134"/>
        <location filename="../services/campaigns/AdSyncRun.cpp" line="+173"/>
        <location filename="../services/publishing/Connections.cpp" line="+223"/>
        <source>The ad account connection was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The access token of %1 is not available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/campaigns/AdJobs.cpp" line="+32"/>
        <source>Meta refused the access token of %1 (it expired or was revoked): %2. Enter a new token in Settings → Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../services/campaigns/AdSyncRun.cpp" line="-61"/>
        <source>%1: %n new finding(s).</source>
        <translation>
            <numerusform>%1: %n new finding.</numerusform>
            <numerusform>%1: %n new findings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: %n new day(s) looked at.</source>
        <translation>
            <numerusform>%1: %n new day looked at.</numerusform>
            <numerusform>%1: %n new days looked at.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The token of %1 may not read this ad account: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta asks to slow down (%1); the sync goes on later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdWriteRun</name>
    <message>
        <location filename="../services/campaigns/AdWriteRun.cpp" line="+61"/>
        <source>“%1” was archived or deleted on Meta; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The daily budget of “%1” is %2 on Meta now, not the %3 the proposal started from; someone changed it since. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bid cap of “%1” is %2 on Meta now, not the %3 the proposal started from; someone changed it since. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The daily budget of “%1” is %2 on Meta now, not the %3 the shift started from; someone changed it since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Quorum does not know the ad set change “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The shift stopped there: nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The other ad set&apos;s budget was already lowered by this shift: raise it again on Meta if it should keep its budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Meta did not take the change to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The first half of this shift is done: the other ad set&apos;s budget was lowered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddProductDialog</name>
    <message>
        <location filename="../ui/dialogs/AddProductDialog.cpp" line="+74"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merino Crew Sweater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional, e.g. APP-001: your store&apos;s stock code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One or two sentences of facts: what it is, what it is made of, what it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Optional: what it costs you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Apparel, Home, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drop image files here, or use Add images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional, e.g. merino wool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional, e.g. S, M, L, XL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, e.g. commuters who want one warm layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: one web address per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: how this product should sound, if not like the rest of the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;KU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;zes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compe&amp;titors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand &amp;voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the corrected facts; content that states them is checked again (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Images cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add and run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the product and have the pipeline write its listing now (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Your unsaved product is back, as you left it. &lt;a href=&quot;discard&quot;&gt;Start over&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Margin %1% (target %2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose up to three images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>“%1” is not an amount; write it like 89.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not an amount; write it like 31.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not an image Quorum can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Some fields need attention.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentData</name>
    <message>
        <location filename="../services/agents/AgentRoster.cpp" line="+52"/>
        <source>orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stock levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>products and their facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>generated content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ad sets and their daily figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the approval history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approval rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reorder rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A/B tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the owner&apos;s goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>demand forecasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>competitors&apos; prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the supplier list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the waiting proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the work waiting for AI calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentKeys</name>
    <message>
        <location filename="../services/gateway/AgentKeys.cpp" line="+73"/>
        <source>Give the agent a name (at most 60 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An agent called %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the cluster the agent works in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one kind of action it may propose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a kind of action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The daily limit cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentNames</name>
    <message>
        <location filename="../services/agents/PipelineAgents.cpp" line="+22"/>
        <source>Content Writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quality Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/storesync/StockPool.cpp" line="+19"/>
        <source>Stock Keeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/campaigns/AdProposals.cpp" line="-112"/>
        <source>Ad Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/campaigns/Experiments.cpp" line="+23"/>
        <source>A/B tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/demo/DemoSeeder.cpp" line="+150"/>
        <source>Demo example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/shopagents/FraudAgent.cpp" line="+20"/>
        <source>Fraud Detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/shopagents/SegmentsAgent.cpp" line="+17"/>
        <source>Customer Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/shopagents/ShopAgents.cpp" line="-101"/>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/shopagents/CeoAgent.cpp" line="+21"/>
        <source>CEO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/shopagents/DemandAgent.cpp" line="+27"/>
        <source>Demand Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/shopagents/PricingAgent.cpp" line="+24"/>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/shopagents/ReviewDesk.cpp" line="+20"/>
        <source>Review Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/shopagents/FinanceWatch.cpp" line="+16"/>
        <source>Finance Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/shopagents/ScoutAgent.cpp" line="+24"/>
        <source>Scout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/shopagents/SupplierAgent.cpp" line="+24"/>
        <source>Supplier Vetting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/shopagents/SocialAgent.cpp" line="+23"/>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/shopagents/SeoAgent.cpp" line="+26"/>
        <source>SEO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/shopagents/PromptTrialAgent.cpp" line="+16"/>
        <source>Prompt trials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentRoles</name>
    <message>
        <location filename="../services/agents/PipelineAgents.cpp" line="+2"/>
        <location filename="../services/shopagents/ShopAgents.cpp" line="-7"/>
        <source>Writes the content set and answers the reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../services/shopagents/ShopAgents.cpp" line="+1"/>
        <source>Reviews every piece against the rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/shopagents/FraudAgent.cpp" line="+2"/>
        <source>Scores new orders for fraud and proposes holding risky ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/shopagents/SegmentsAgent.cpp" line="+2"/>
        <source>Groups customers by recency, frequency and spend; flags churn risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/shopagents/ShopAgents.cpp" line="+1"/>
        <source>Proposes publishing accepted products and pages to the stores and sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps stock in step across stores and proposes reorders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs the campaign rules on each ad sync and proposes ad set changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looks at the A/B tests&apos; new days and proposes declaring winners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/shopagents/DemandAgent.cpp" line="+1"/>
        <source>Forecasts each variant&apos;s demand and proposes reorders before the stock runs out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/shopagents/PricingAgent.cpp" line="+1"/>
        <source>Proposes prices per variant from the margin floor, the response of sales to price and competitors&apos; prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/shopagents/ReviewDesk.cpp" line="+2"/>
        <source>Reads product reviews for sentiment and topics and drafts replies for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/shopagents/FinanceWatch.cpp" line="+1"/>
        <source>Keeps the daily profit and loss and alerts on revenue drops, ad pacing and AI spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/shopagents/ScoutAgent.cpp" line="+2"/>
        <source>Ranks products by momentum and proposes featuring, retiring and bundling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/shopagents/SupplierAgent.cpp" line="+2"/>
        <source>Compares new suppliers in the supplier list with the current ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/shopagents/SocialAgent.cpp" line="+1"/>
        <source>Proposes posts about new and rising products, at the hour the shop&apos;s customers buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/shopagents/CeoAgent.cpp" line="+1"/>
        <source>Measures the month against the owner&apos;s goals, explains what is off track and shares out the AI budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/shopagents/SeoAgent.cpp" line="+1"/>
        <source>Checks the content in the store against today&apos;s facts and gate, and proposes refreshing what no longer holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/gateway/AgentKeys.cpp" line="-63"/>
        <source>External agent: proposes through the approval gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/shopagents/PromptTrialAgent.cpp" line="+1"/>
        <source>Watches the prompts on trial and proposes keeping the version that passes the gate more often</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentRuns</name>
    <message>
        <location filename="../services/agents/AgentRuns.cpp" line="+83"/>
        <source>No agent called %1 is on this version&apos;s roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Stopped: the run took longer than %1 s, the most a run may take. Nothing it did was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+143"/>
        <source>%1 runs when its events come, not on request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is paused: resume it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentsModel</name>
    <message>
        <location filename="../models/AgentsModel.cpp" line="+271"/>
        <source>Cluster / agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avg. latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AI cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Counts the agents that are not paused or stopped: paused on purpose is not a fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n need(s) data</source>
        <translation>
            <numerusform>%n needs data</numerusform>
            <numerusform>%n need data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n not run yet</source>
        <translation>
            <numerusform>%n not run yet</numerusform>
            <numerusform>%n not run yet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All stopped (emergency stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n need(s) data</source>
        <translation>
            <numerusform> · %n needs data</numerusform>
            <numerusform> · %n need data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n not run yet</source>
        <translation>
            <numerusform> · %n not run yet</numerusform>
            <numerusform> · %n not run yet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+84"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+84"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentsPane</name>
    <message>
        <location filename="../ui/panes/AgentsPane.cpp" line="+38"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search agents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No agents registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every agent here is code: it runs on its schedule or when its events come, and proposes through the risk engine. Select one to see what it reads and proposes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The agents register when the workspace opens; this one has none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No agent matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the search to see every cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No calls yet: endpoints appear here once the workers have called them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select an agent to see what it reads, what it may propose and what its last run found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>It has not run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Last run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Last run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It works inside the product runs; last seen %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing (it reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Reads: %1. May propose: %2. Runs %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Services Quorum calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The AI providers, stores and ad platforms the workers call. After repeated failures Quorum pauses the calls to a service and tries one when it may have recovered; the limit is how many calls at once the service accepts, found without tuning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>AI budget: %1 a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI budget: none, it calls no AI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 runs now; its result appears here when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Run it now instead of at its next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select an agent that runs on a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select an agent or a cluster to pause or resume it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resume the %1 cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause the %1 cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A paused agent takes no work, and every proposal of it waits for a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewers change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Resumed; it takes work again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused; its proposals wait for a person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AiBudget</name>
    <message>
        <location filename="../services/shopagents/AiBudget.cpp" line="+263"/>
        <source>No AI spend ceiling among the goals: each agent keeps its own daily AI budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Shared today&apos;s AI budget of %1: %2 set aside for %n content run(s), %3.</source>
        <translation>
            <numerusform>Shared today&apos;s AI budget of %1: %2 set aside for %n content run, %3.</numerusform>
            <numerusform>Shared today&apos;s AI budget of %1: %2 set aside for %n content runs, %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>today&apos;s %1 under the monthly ceiling (%2, of which %3 spent before today; %n day(s) left)</source>
        <translation>
            <numerusform>today&apos;s %1 under the monthly ceiling (%2, of which %3 spent before today; %n day left)</numerusform>
            <numerusform>today&apos;s %1 under the monthly ceiling (%2, of which %3 spent before today; %n days left)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>AI budget: the content runs&apos; daily budget in Settings (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Of %1 the CEO sets aside %2 for the %n content run(s) waiting</source>
        <translation>
            <numerusform>Of %1 the CEO sets aside %2 for the %n content run waiting</numerusform>
            <numerusform>Of %1 the CEO sets aside %2 for the %n content runs waiting</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (a product&apos;s content: %1 over the last 30 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (no content cost measured in 30 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AI budget: %1 a day, its own (set an AI spend ceiling among the goals for the CEO to share it out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AI budget today: %1, its share of %2; %3 set aside for the content runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AI budget: %1, its share of the %2 the CEO shared out on %3; it holds until the CEO&apos;s next run shares today&apos;s out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was waiting when it was shared out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) waiting when it was shared out, at %1 each (the mean of the last 30 days).</source>
        <translation>
            <numerusform>%n item waiting when it was shared out, at %1 (the mean of the last 30 days).</numerusform>
            <numerusform>%n items waiting when it was shared out, at %1 each (the mean of the last 30 days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n item(s) waiting when it was shared out; nothing measured in 30 days, so its need counts as its own budget (%1).</source>
        <translation>
            <numerusform>%n item waiting when it was shared out; nothing measured in 30 days, so its need counts as its own budget (%1).</numerusform>
            <numerusform>%n items waiting when it was shared out; nothing measured in 30 days, so its need counts as its own budget (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Scaled by its track record: %1 % of %n decided were approved.</source>
        <translation>
            <numerusform>Scaled by its track record: %1 % of %n decided was approved.</numerusform>
            <numerusform>Scaled by its track record: %1 % of %n decided were approved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Not scaled by its track record yet: %n of %1 decisions so far.</source>
        <translation>
            <numerusform>Not scaled by its track record yet: %n of %1 decisions so far.</numerusform>
            <numerusform>Not scaled by its track record yet: %n of %1 decisions so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AiShares</name>
    <message>
        <location line="-311"/>
        <source>review replies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anomalies</name>
    <message>
        <location filename="../services/campaigns/Anomalies.cpp" line="+164"/>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ROAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CTR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 on %2: %3, usually %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnomaliesModel</name>
    <message>
        <location filename="../models/AnomaliesModel.cpp" line="+49"/>
        <source>Robust z-score %1 against the 28 days before, weekday by weekday (flagged beyond ±3.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Robust z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnomalyStrip</name>
    <message>
        <location filename="../ui/widgets/NoticeStrip.cpp" line="+65"/>
        <source>A robust z-score beyond ±3.5: the day against the median of the 28 days before, weekday by weekday. ROAS and CPA are judged on days at least 4 days old, once late purchases are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>⚠ Unusual days: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiCaller</name>
    <message>
        <location filename="../services/resilience/ApiCaller.cpp" line="+84"/>
        <source>%1 is failing repeatedly; calls are paused for a moment (circuit open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1; the server asks to wait %2 s, longer than Quorum waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 (gave up after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (gave up after %n attempt)</numerusform>
            <numerusform>%1 (gave up after %n attempts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../app/Application.cpp" line="+146"/>
        <source>Publishing cannot use some connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some connection secrets could not be read. Publishing to those connections fails until the secret is entered again in Settings → Connections, or supplied as described below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose an empty folder for the new workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not hold a Quorum workspace (quorum.db, or team.json for a team&apos;s). Choose “New workspace” to create one there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalActions</name>
    <message>
        <location filename="../services/approvals/ApprovalActions.cpp" line="+38"/>
        <source>Nothing was changed: the workspace refused the write (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+431"/>
        <source>There is no agent called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The %1 cluster has no agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-340"/>
        <source>The team server cannot be reached: changing a proposal needs it (approving and rejecting are kept on this computer until it answers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Only an owner changes how decisions are taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 may not decide proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A rejection needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>proposal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+180"/>
        <location line="+30"/>
        <source>Only an owner changes approval rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>There is no rule called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>There is no active profile called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only an owner may act as someone else; %1 may go back to their own profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalDecisions</name>
    <message numerus="yes">
        <location filename="../ui/panes/ApprovalDecisions.cpp" line="+35"/>
        <source>Approve %n proposals?</source>
        <translation>
            <numerusform>Approve %n proposals?</numerusform>
            <numerusform>Approve %n proposals?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These will run as shown, as soon as a worker takes them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Approve %n</source>
        <translation>
            <numerusform>Approve %n</numerusform>
            <numerusform>Approve %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Approve your own change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject as the only approver?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody else in this workspace may decide &lt;b&gt;%1&lt;/b&gt;, so the usual rule that someone else decides a change does not hold here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Activity log records that you decided it as the only approver. Add a second approver in Settings → Users to keep decisions in two pairs of hands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I am the only approver: approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I am the only approver: reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reject &lt;b&gt;%1&lt;/b&gt;? Nothing of it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pieces are written again with your reason as the writer&apos;s instruction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Reject %n proposals? Nothing of them runs; each keeps your reason.</source>
        <translation>
            <numerusform>Reject %n proposals? Nothing of them runs; each keeps your reason.</numerusform>
            <numerusform>Reject %n proposals? Nothing of them runs; each keeps your reason.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reject proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Reject %n proposals</source>
        <translation>
            <numerusform>Reject %n proposals</numerusform>
            <numerusform>Reject %n proposals</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Changed; it waits for someone else: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed and approved; it runs in a few seconds unless you undo it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed and approved; it runs now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed and approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” runs again; what it does next shows in the proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Approved %n; kept on this computer until the team server answers, then it reaches the team.</source>
        <translation>
            <numerusform>Approved %n; kept on this computer until the team server answers, then it reaches the team.</numerusform>
            <numerusform>Approved %n; kept on this computer until the team server answers, then they reach the team.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Rejected %n; kept on this computer until the team server answers, then it reaches the team.</source>
        <translation>
            <numerusform>Rejected %n; kept on this computer until the team server answers, then it reaches the team.</numerusform>
            <numerusform>Rejected %n; kept on this computer until the team server answers, then they reach the team.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Approved %n (kept offline).</source>
        <translation>
            <numerusform>Approved %n (kept offline).</numerusform>
            <numerusform>Approved %n (kept offline).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Rejected %n (kept offline).</source>
        <translation>
            <numerusform>Rejected %n (kept offline).</numerusform>
            <numerusform>Rejected %n (kept offline).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Approved %n; it runs in a few seconds unless you undo it.</source>
        <translation>
            <numerusform>Approved %n; it runs in a few seconds unless you undo it.</numerusform>
            <numerusform>Approved %n; it runs in a few seconds unless you undo it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Rejected %n; you can undo it for a few seconds.</source>
        <translation>
            <numerusform>Rejected %n; you can undo it for a few seconds.</numerusform>
            <numerusform>Rejected %n; you can undo it for a few seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Approved %n.</source>
        <translation>
            <numerusform>Approved %n.</numerusform>
            <numerusform>Approved %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Approved %n; it runs as soon as a worker takes it.</source>
        <translation>
            <numerusform>Approved %n; it runs as soon as a worker takes it.</numerusform>
            <numerusform>Approved %n; it runs as soon as a worker takes it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-9"/>
        <location line="+10"/>
        <source>Rejected %n.</source>
        <translation>
            <numerusform>Rejected %n.</numerusform>
            <numerusform>Rejected %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n proposal(s) could not be decided:</source>
        <translation>
            <numerusform>%n proposal could not be decided:</numerusform>
            <numerusform>%n proposals could not be decided:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalDesk</name>
    <message>
        <location filename="../services/approvals/ApprovalDesk.cpp" line="+151"/>
        <source>; held because %1 is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>waits for a person: #%1 acts on the same thing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>It is no longer waiting: %1 decided it (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is no longer waiting (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its deadline has passed; the rule&apos;s default applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You changed this proposal; someone else decides it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The proposal no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Say why: a rejection needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Only your own approval or rejection can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It can no longer be undone: its deadline has passed, so the rule&apos;s default would apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It can no longer be undone: the work has started. Its result is in the proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Only approved work that failed can run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing of it is left to run again (its connection was removed, or it runs already).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalRule</name>
    <message>
        <location filename="../services/approvals/ApprovalRules.cpp" line="+102"/>
        <source>The rule needs a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the rule a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rule does not name a kind of action Quorum knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rule reads “%1”, which is not an amount of this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The rule reads “%1”, which is not a count of this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thresholds cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The LOW threshold must not be above the MEDIUM threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confidence thresholds are between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least one role must be allowed to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only owners and approvers can decide, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deadline must be between 1 hour and 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On expiry the proposal is either rejected or approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The warning must come before the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalRules</name>
    <message>
        <location line="+29"/>
        <source>Budget changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign launches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>launch budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunds and compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock updates across stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stock change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ad set changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily budget at stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new suppliers always need a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new markets always need a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategic pivots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strategic pivots always need a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content that failed the gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>content that failed the agreement gate 3 times always needs a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publishing needs a person until publishing rules are set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a reorder is placed with the supplier by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A/B test winners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a test&apos;s winner is declared by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an order is held by a person, never on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget shifts between ad sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moving budget between ad sets is decided by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval rule changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an approval rule is changed by an owner, never on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies to reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a reply speaks for the shop in public: a person approves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Featured products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the shop puts forward is chosen by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taking a product out of the range is decided by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a post speaks for the shop in public: a person approves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content refreshes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taking a product in the store back to work is decided by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outreach e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an e-mail to a business that did not ask for it: a person approves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>which prompt writes from now on is decided by a person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalsModel</name>
    <message>
        <location filename="../models/ApprovalsModel.cpp" line="+83"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Est. revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Est. cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exp. value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Not ranked: the proposal estimates no revenue or cost, or its currency has no rate to the reporting currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated revenue less estimated cost, times the confidence, in the reporting currency: the CEO&apos;s ranking.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalsPane</name>
    <message>
        <location filename="../ui/panes/ApprovalsPane.cpp" line="+65"/>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposals the risk engine held for a person, most urgent first. Nothing here runs until someone with the right role decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deciding as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Search proposals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Failed to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All risk levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Nothing waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When an agent proposes something the risk engine rates high, or a rule asks for a person, it lands here with the reasoning, the numbers and the alternatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No proposal matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the search or widen the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+139"/>
        <source>What happened after: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading the stores again; the changes show here when they answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Undone: %n proposal(s) wait for a decision again.</source>
        <translation>
            <numerusform>Undone: %n proposal wait for a decision again.</numerusform>
            <numerusform>Undone: %n proposals wait for a decision again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditAnchor</name>
    <message>
        <location filename="../services/audit/AuditActions.cpp" line="+41"/>
        <source>not anchored: the demo workspace keeps nothing in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/audit/AuditAnchor.cpp" line="+100"/>
        <source>Cannot write the audit anchor %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+87"/>
        <source>the audit anchor %1 is missing, but this workspace wrote %2 checkpoints to it: it was deleted or moved, and the trail can no longer be held against it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+24"/>
        <location filename="../services/audit/AuditCheckpoints.cpp" line="+34"/>
        <source>not anchored yet: no checkpoint has been written for this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>the audit anchor %1 belongs to another workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1 of the audit anchor %2 is not a checkpoint this workspace&apos;s key signed after the one before: the anchor file was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the audit anchor %1 ends after checkpoint %2 of %3: its last checkpoints were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>entries %1–%2 were rewritten and their hashes recomputed: entry %2 is not the entry the checkpoint at %3 saw (entries were changed, removed or renumbered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>entries after %1 are missing; the last checkpoint at %2 saw %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1; the checkpoints agree with the trail, but their signatures could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not anchored: no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>anchored: the last checkpoint at %1 saw %2 entries; the %3 newer ones are not checkpointed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>anchored: the last checkpoint at %1 saw all %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/audit/AuditCheckpoints.cpp" line="+10"/>
        <source>not anchored: the keychain holds no key for this workspace&apos;s checkpoints (was it opened under another account or on another computer?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+43"/>
        <source>not anchored: no keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-37"/>
        <source>not anchored: the keychain&apos;s key for this workspace&apos;s checkpoints is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>not anchored: the keychain refused the key (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>not anchored: the keychain has not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../services/audit/AuditLog.cpp" line="+99"/>
        <source>cancelled after %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>entry %1 is missing (the next entry is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>entry %1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>entry %1 was changed: its fields no longer match what was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>entry %1 does not follow entry %2 (previous hash differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>entry %1 was changed: its hash does not match its content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditVerifyRun</name>
    <message>
        <location filename="../app/AuditVerifyRun.cpp" line="+42"/>
        <source>There is no workspace in %1 (no quorum.db there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot read the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The audit trail was changed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit trail was changed: entry %1 is the first that does not verify (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audit trail is intact: %1 entries, each chained to the one before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutopilotActions</name>
    <message>
        <location filename="../services/autopilot/AutopilotActions.cpp" line="+95"/>
        <source>A password goes with a user name: enter both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Test message from Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sent this test from Settings → Autopilot. Alerts and reports come this way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutopilotPage</name>
    <message>
        <location filename="../ui/settings/AutopilotPage.cpp" line="+36"/>
        <source>Show alerts as desktop notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>While Quorum runs — on this computer or as “quorum serve” on a server — it syncs the stores, checks its own health, raises alerts when something crosses a threshold and makes a daily and a weekly report. Here you set how often, and where alerts and reports go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Sync every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check health every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No daily report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily report at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No weekly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekly report on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync stores and ad accounts every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check health and alerts every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily report (of yesterday) at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly report (of last week) on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you@yourshop.com (more: separate with commas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: quorum@ the mail server&apos;s domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty: no login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where alerts and reports go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhook:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Alerts open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Kept in the keychain; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in the keychain, never in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 — since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None. (A problem becomes an alert once it has lasted long enough: a breaker open for an hour, a sync failing for half an hour.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e-mail to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: trying again (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test message — %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saved, but the password could not go into the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved; the password is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Saved. The stores sync every %n minute(s).</source>
        <translation>
            <numerusform>Saved. The stores sync every %n minute.</numerusform>
            <numerusform>Saved. The stores sync every %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing to send to: enter an e-mail address and mail server, or a webhook, first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutopilotSettings</name>
    <message>
        <location filename="../services/autopilot/AutopilotSettings.cpp" line="+85"/>
        <source>Syncs and health checks run at least once a minute apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>“%1” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server must be written as smtp://host:port or smtps://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alerts and reports cannot be e-mailed without a mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The webhook must be an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrandPage</name>
    <message>
        <location filename="../ui/settings/BrandPage.cpp" line="+47"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn from examples…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warm, plain-spoken and precise. No superlatives, no hype.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>revolutionary, best-in-class, cheap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free returns within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free size exchange within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What a reply to a customer review may offer. Left empty, a reply offers no refund, discount, replacement or gift: it asks the customer to get in touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acme Apparel, Northwind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competitors by name. A piece that names one fails the checks: a comparison with a competitor needs a source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GOTS, Fairtrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certifications and labels the shop can show. A piece may claim these; any other certification it claims fails the checks unless the product&apos;s facts state it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The language the listings are written in. The models are told; the checks work in any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste 5 to 20 texts the brand has written; Quorum says their voice in words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pieces are no longer scored against the measured voice once the brand is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies may offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certifications held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words and phrases are separated by commas or new lines. Quorum puts them in every prompt and checks every piece for them: a banned word or a missing phrase fails the piece, whatever the models think.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Pieces will not be scored against a measured voice once you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The voice is in the Voice field: edit it, then save. From then on each description, blog post, e-mail and FAQ is scored against the measured voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No measured voice: pieces are judged by the reviewer&apos;s brand-voice score only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measured in another language than the copy&apos;s: pieces are not scored against it until the voice is learned again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Measured from %n text(s): descriptions, blog posts, e-mails and FAQs far from it are written again.</source>
        <translation>
            <numerusform>Measured from %n text: descriptions, blog posts, e-mails and FAQs far from it are written again.</numerusform>
            <numerusform>Measured from %n texts: descriptions, blog posts, e-mails and FAQs far from it are written again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Brand profile saved; the next pieces are written and checked with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetShift</name>
    <message numerus="yes">
        <location filename="../services/campaigns/BudgetShift.cpp" line="+67"/>
        <source>“%1” spent %2 and brought %3 in purchase value (%n purchase(s)): ROAS %4.</source>
        <translation>
            <numerusform>“%1” spent %2 and brought %3 in purchase value (%n purchase): ROAS %4.</numerusform>
            <numerusform>“%1” spent %2 and brought %3 in purchase value (%n purchases): ROAS %4.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its value grew by %1 % for each 1 % more spend (elasticity %2 ± %3), so the next unit of spend returns about %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its daily spend hardly varied, so the return of the next unit of spend cannot be measured: Quorum takes its ROAS, %1, which overstates it when returns diminish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its campaign sets its budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>still learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>edited in the last %n hour(s)</source>
        <translation>
            <numerusform>edited in the last %n hour</numerusform>
            <numerusform>edited in the last %n hours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a change to it waits or is under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>too little evidence: %1 spent, %n purchase(s)</source>
        <translation>
            <numerusform>too little evidence: %1 spent, %n purchase</numerusform>
            <numerusform>too little evidence: %1 spent, %n purchases</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The ad account has no complete day synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ad account&apos;s figures end on %1: its sync has not run since, so no budget is moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Move %1 a day from “%2” to “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next unit of spend is expected to return %1 in “%2” and %3 in “%4”. Moving %5 a day from the one to the other keeps the account&apos;s daily budgets at %6 in total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From %1 to %2 (complete days in the account&apos;s time zone):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chance that the next unit of spend returns more in “%1” than in “%2”: %3 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The step is %1 % of the smaller daily budget; “%2” is lowered first and “%3” raised after it, so the account never spends more than now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meta ad insights from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the daily budgets of the account&apos;s ad sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the return of the next unit of spend is taken as the average return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a budget change can restart an ad set&apos;s learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move %1 a day instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a smaller change to both ad sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>half the expected gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave the budgets as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no learning restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the weaker ad set keeps its share of the spend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessHealth</name>
    <message>
        <location filename="../services/shopagents/BusinessHealth.cpp" line="+60"/>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Needs orders: connect a store or import an orders export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>At the last 4 weeks&apos; pace per weekday the month ends at %1, %2 short of the goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2 in the last 14 days, %3 in the 14 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No sales this month yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs product costs: add a cost to the products or their variants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The products with a cost for every item sold make %1 of the month&apos;s sales; their margin is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs product costs: those with a cost make %1 of the month&apos;s sales, and the margin is judged from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: %2 margin on %3 of sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Needs an ad account: connect one in Settings → Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No ad spend this month yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: ROAS %2 on %3 of spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs demand forecasts: Demand Forecast makes them once a variant has 8 weeks of sales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Needs stock levels: sync a store&apos;s stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>median %n day(s) of stock</source>
        <translation>
            <numerusform>median %n day of stock</numerusform>
            <numerusform>median %n days of stock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 of %n variant(s)</source>
        <translation>
            <numerusform>%1 of %n variant</numerusform>
            <numerusform>%1 of %n variants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Fewer days of stock than the goal: %1 of %n selling variant(s).</source>
        <translation>
            <numerusform>Fewer days of stock than the goal: %1 of %n selling variant.</numerusform>
            <numerusform>Fewer days of stock than the goal: %1 of %n selling variants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: %n day(s) of stock (runs out on %2)</source>
        <translation>
            <numerusform>%1: %n day of stock (runs out on %2)</numerusform>
            <numerusform>%1: %n days of stock (runs out on %2)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>At the last 7 days&apos; pace (%1 a day) the month ends at %2, over the ceiling of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No goal set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gross margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ROAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AI spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Sync the stores to measure it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessHealthModel</name>
    <message>
        <location filename="../models/BusinessHealthModel.cpp" line="+95"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month&apos;s end (forecast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignSeriesModel</name>
    <message>
        <location filename="../models/CampaignSeriesModel.cpp" line="+75"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ROAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 on “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (notify-only, would have acted) on “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignsModel</name>
    <message>
        <location filename="../models/CampaignsModel.cpp" line="+97"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget / day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Spend (%n d)</source>
        <translation>
            <numerusform>Spend (%n d)</numerusform>
            <numerusform>Spend (%n d)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Revenue (%n d)</source>
        <translation>
            <numerusform>Revenue (%n d)</numerusform>
            <numerusform>Revenue (%n d)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTM sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ROAS</source>
        <comment>return on ad spend</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target ROAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>No paid order of the last %n day(s) names this campaign (its name or ID) in its UTM campaign parameter, as the store recorded the visit that ended in it.</source>
        <translation>
            <numerusform>No paid order of the last %n day names this campaign (its name or ID) in its UTM campaign parameter, as the store recorded the visit that ended in it.</numerusform>
            <numerusform>No paid order of the last %n days names this campaign (its name or ID) in its UTM campaign parameter, as the store recorded the visit that ended in it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n paid order(s) whose visit named this campaign (its name or ID) in its UTM campaign parameter (the last click, as the store recorded it), beside the %1 the platform attributes to it.</source>
        <translation>
            <numerusform>%n paid order whose visit named this campaign (its name or ID) in its UTM campaign parameter (the last click, as the store recorded it), beside the %1 the platform attributes to it.</numerusform>
            <numerusform>%n paid orders whose visit named this campaign (its name or ID) in its UTM campaign parameter (the last click, as the store recorded it), beside the %1 the platform attributes to it.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (would), %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignsPane</name>
    <message>
        <location filename="../ui/panes/CampaignsPane.cpp" line="+38"/>
        <source>&amp;Import ad report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend, revenue and return on ad spend per campaign. Red ROAS is below the campaign&apos;s target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search campaigns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Last %n days</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read a Google Ads or TikTok Ads report (CSV: campaign or ad group by day); importing it again replaces the days it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No campaigns yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect a Meta ad account in Settings → Connections: its campaigns, ad sets and 90 days of figures come in, and are read again every quarter of an hour. Or import a Google Ads or TikTok Ads report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>E&amp;xperiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Import an ad report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ad reports (*.csv *.tsv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ad report imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad report imported, with rows left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Ad report not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-51"/>
        <source>&amp;Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 · ROAS per day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CashWeeksModel</name>
    <message>
        <location filename="../models/CashWeeksModel.cpp" line="+77"/>
        <source>%1 (so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no USD rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paid orders, on the day they were placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The goods at their cost when sold (Quorum sees no supplier invoices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The AI providers&apos; calls, from US dollars at your rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money in less refunds, goods, ad spend and AI spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The weeks&apos; nets added up from the oldest week shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogImport</name>
    <message>
        <location filename="../services/catalog/CatalogFormats.cpp" line="+91"/>
        <source>Uncategorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+196"/>
        <source>The file has no Variant Price column, so no product in it has a price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-95"/>
        <source>The row has %1 fields but the header has %2; a quote or delimiter is probably missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The row has %1 fields but the header has %2; a field or delimiter is probably missing, so its values would land in the wrong columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1…, %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+147"/>
        <source>The row has no Handle, so it belongs to no product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This row belongs to “%1”, whose rows start on line %2 and ended before. Keep a product&apos;s rows together, as Shopify exports them, and import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A second product row for handle “%1”; the one on line %2 is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cost per item “%1” is not an amount; the cost is left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Variant Price “%1” is not an amount; this row&apos;s price is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+186"/>
        <source>Regular price “%1” is not an amount; this row&apos;s price is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-318"/>
        <source>Handle “%1” has no row with a Title, so there is no product to add it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+272"/>
        <source>The row has no Name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>A variation of “%1”, which is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/catalog/CatalogImport.cpp" line="+29"/>
        <source>Shopify product export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WooCommerce product export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+308"/>
        <source>This is not a Shopify or WooCommerce product export: it has neither Handle and Title columns (Shopify) nor Name and Regular price columns (WooCommerce). The columns found are: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-202"/>
        <source>“%1” is not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” repeats a SKU or handle from earlier in the file; the first is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+209"/>
        <source>%1 Lines %2 to %3 were not read; fix the quote and import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is larger than 1 GB; split the export into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/catalog/CatalogActions.cpp" line="+60"/>
        <source>Cannot compare with the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../services/catalog/CatalogImport.cpp" line="-35"/>
        <source>Reading the file was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The import stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Cancelled: %n product(s) were written; importing the file again adds the rest.</source>
        <translation>
            <numerusform>Cancelled: %n product were written; importing the file again adds the rest.</numerusform>
            <numerusform>Cancelled: %n products were written; importing the file again adds the rest.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The new products were imported but not all were queued for writing: %1. Run the drafts to queue the rest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CeoAgent</name>
    <message numerus="yes">
        <location filename="../services/shopagents/CeoAgent.cpp" line="+34"/>
        <source>Proposed %n budget shift(s).</source>
        <translation>
            <numerusform>Proposed %n budget shift.</numerusform>
            <numerusform>Proposed %n budget shifts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Proposed %n ad set pause(s) for lines losing money after ads</source>
        <translation>
            <numerusform>Proposed %n ad set pause for lines losing money after ads</numerusform>
            <numerusform>Proposed %n ad set pauses for lines losing money after ads</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 loses money after ads; nothing new to pause (its pauses wait, or its ad sets are paused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Proposed %n stock order(s) for products selling out before they have a forecast.</source>
        <translation>
            <numerusform>Proposed %n stock order for a product selling out before it has a forecast.</numerusform>
            <numerusform>Proposed %n stock orders for products selling out before they have a forecast.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Proposed %n approval rule change(s).</source>
        <translation>
            <numerusform>Proposed %n approval rule change.</numerusform>
            <numerusform>Proposed %n approval rule changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Measured what happened after %n decision(s) carried out.</source>
        <translation>
            <numerusform>Measured what happened after %n decision carried out.</numerusform>
            <numerusform>Measured what happened after %n decisions carried out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Ranked %n waiting proposal(s) by expected value; first: “%1” (%2).</source>
        <translation>
            <numerusform>Ranked %n waiting proposal by expected value; first: “%1” (%2).</numerusform>
            <numerusform>Ranked %n waiting proposals by expected value; first: “%1” (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No goals set: the business health shows this month&apos;s figures; set goals on the dashboard to track them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 of %n goal(s) on track</source>
        <translation>
            <numerusform>%1 of %n goal on track</numerusform>
            <numerusform>%1 of %n goals on track</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>off track: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CeoCard</name>
    <message>
        <location filename="../ui/panes/CeoCard.cpp" line="+32"/>
        <source>Goals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Business health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+24"/>
        <source>Decide first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>The CEO cannot rank the %n waiting proposal(s): none estimates its revenue or cost in a currency with a rate.</source>
        <translation>
            <numerusform>The CEO cannot rank the %n waiting proposal: none estimates its revenue or cost in a currency with a rate.</numerusform>
            <numerusform>The CEO cannot rank the %n waiting proposals: none estimates its revenue or cost in a currency with a rate.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 expected (%2 net × %3 confidence) · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The CEO&apos;s ranking of %n waiting proposal(s) by expected value: estimated revenue less cost, times confidence.</source>
        <translation>
            <numerusform>The CEO&apos;s ranking of %n waiting proposal by expected value: estimated revenue less cost, times confidence.</numerusform>
            <numerusform>The CEO&apos;s ranking of %n waiting proposals by expected value: estimated revenue less cost, times confidence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n other waiting proposal(s) cannot be ranked: no estimate of revenue or cost, or no rate for their currency.</source>
        <translation>
            <numerusform>%n other waiting proposal cannot be ranked: no estimate of revenue or cost, or no rate for their currency.</numerusform>
            <numerusform>%n other waiting proposals cannot be ranked: no estimate of revenue or cost, or no rate for their currency.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Set the month&apos;s goals the CEO measures against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CEO has not measured the month yet: it runs when the workspace opens, every six hours and after store syncs bring orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 of %n goal(s) on track</source>
        <translation>
            <numerusform>%1 of %n goal on track</numerusform>
            <numerusform>%1 of %n goals on track</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No goals set yet: the figures of the month, without targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2 · measured by the CEO on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: nothing to explain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeDoor</name>
    <message>
        <location filename="../services/users/ChangeDoor.cpp" line="+26"/>
        <source>Nobody is signed in to this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only an owner changes settings; %1 is %2 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/sites/LeadActions.cpp" line="+226"/>
        <location filename="../services/sites/OutreachActions.cpp" line="+112"/>
        <location filename="../services/sites/SiteActions.cpp" line="+44"/>
        <location filename="../services/users/ChangeDoor.cpp" line="+22"/>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimReview</name>
    <message>
        <location filename="../services/pipeline/ClaimReview.cpp" line="+77"/>
        <source>supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contradicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsupported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+210"/>
        <source>The reviewer: “%1” is contradicted by the facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reviewer: “%1” is contradicted by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The reviewer called “%1” supported but cited nothing: not supported. Leave it out, or add the fact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reviewer called “%1” supported, citing “%2”, which is neither a fact nor a passage it was given: not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reviewer: “%1” (%2) is not supported by the facts or the knowledge base. Leave it out, or add the fact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reviewer: “%1” states something the facts do not support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <location filename="../services/pipeline/ClaimFacts.cpp" line="+232"/>
        <location line="+95"/>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+39"/>
        <location line="+20"/>
        <source>variants (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-57"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../services/pipeline/Claims.cpp" line="+307"/>
        <source>brand profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+114"/>
        <source>price %1, on sale for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/pipeline/Claims.cpp" line="+29"/>
        <source>stock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/pipeline/ClaimFacts.cpp" line="-203"/>
        <location filename="../services/pipeline/Claims.cpp" line="+118"/>
        <source>material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../services/pipeline/Claims.cpp" line="+1"/>
        <source>colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../services/pipeline/Claims.cpp" line="+1"/>
        <source>origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../services/pipeline/Claims.cpp" line="+1"/>
        <source>care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/pipeline/Claims.cpp" line="+1"/>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guarantee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stock or urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shipping or returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>“%1” (%2) contradicts the knowledge base: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” (%2) contradicts the facts: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” (%2): the knowledge base says nothing about it. Leave it out, or add the shop&apos;s terms to the knowledge base (Settings → Knowledge).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is a health claim the product&apos;s facts do not make; health claims need evidence and are regulated. Leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Names the competitor “%1”: a comparison with a competitor needs a source. Leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” (%2): nothing in the product&apos;s facts supports it. Leave it out, or add it to the facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+103"/>
        <source>supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contradicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsupported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cluster</name>
    <message>
        <location filename="../services/agents/Cluster.cpp" line="+19"/>
        <source>Executive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+70"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+79"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Stopped (emergency stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused (pipeline paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last run failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failing: %1 of %2 runs succeeded today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Failing: %1 of %2 calls succeeded today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Not run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Healthy: it reported in the last two minutes and most of its calls today succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused on purpose: it takes no new work until it is resumed. Not counted as unhealthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The emergency stop holds every agent. Only an owner can resume (the banner above the panes, or the Pipeline menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failing: fewer than half of its calls today succeeded (at least three calls), or it reported an error. See Settings → Providers and the Activity log for the cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for data: its last run found the data it reads missing, stale or too short, and proposed nothing. What it needs is shown below the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No heartbeat for more than two minutes, or a scheduled run is overdue: it may not be running at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not run yet: it runs when its event comes (a sync, a publish), and none has come since it was added. Not counted as healthy or unhealthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Healthy: its last run did its work, and most of its runs today succeeded. It runs %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failing: its last run failed, or fewer than half of its runs today succeeded. The reason is shown below the list; a failed run is tried again with backoff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its scheduled run is overdue: the workers may be stopped or busy. It runs %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>when its events come</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>every %n hour</numerusform>
            <numerusform>every %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>every %n minute</numerusform>
            <numerusform>every %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>when a store sync brings new orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a minute after a product is published to a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, and also %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterHealthModel</name>
    <message>
        <location filename="../models/ClusterHealthModel.cpp" line="+85"/>
        <source>%1 of %2 working agents healthy; %3 paused or stopped on purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 agents healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n need(s) data</source>
        <translation>
            <numerusform>%n needs data</numerusform>
            <numerusform>%n need data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not run yet</source>
        <translation>
            <numerusform>%n not run yet</numerusform>
            <numerusform>%n not run yet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 healthy · %3 paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 healthy</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  audit verify    check the audit trail against its checkpoints and say what was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  serve           run the workspace without a window: workers, agents, syncs, deadlines
  worker          join a workspace as extra workers only
  status          say what runs, the queue and the syncs; exit 1 when something needs attention
  migrate-workspace  copy a workspace to PostgreSQL (--to postgresql://user@host/db) and check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  report          make the daily report of yesterday (or --weekly, of last week) and keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the workspace in folder &lt;dir&gt; (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the demo workspace, creating and filling it if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User interface language: en or nl (default: the system language).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log detail: %1 (default: info).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run-pipeline: import this Shopify or WooCommerce CSV first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>migrate-workspace: the PostgreSQL database to copy the workspace to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report: the weekly report (Monday to Sunday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report: a day of the period to report (default: the last one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report: also write the PDF to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optional command (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--weekly, --day and --out are only used with report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--day needs a date written as YYYY-MM-DD, such as 2026-11-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>--to is only used with migrate-workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 needs --workspace DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>migrate-workspace needs --to postgresql://user@host:5432/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Unsupported language “%1”: use en or nl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown log level “%1”: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--workspace needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown audit command. Use: quorum audit verify --workspace DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>audit verify needs --workspace DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unknown command “%1”. The commands are run-pipeline, serve, worker, status, migrate-workspace, report and audit verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>run-pipeline needs --workspace DIR (or --demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file to import does not exist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+23"/>
        <location line="+16"/>
        <source>--import is only used with run-pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+66"/>
        <source>Run “quorum --help” to see the options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../ui/widgets/CommandPalette.cpp" line="+33"/>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a command: pause, import, settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../services/approvals/Conflicts.cpp" line="+116"/>
        <source>#%1 “%2” (%3) acts on the same thing and was approved after this was proposed: only one of them can be approved. Reject this one, or undo that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>#%1 “%2” (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts with %1: only one of them can be approved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../services/storage/Connection.cpp" line="+75"/>
        <source>This installation cannot reach PostgreSQL: its Qt driver is missing (Debian: libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <location filename="../services/publishing/ConnectionTester.cpp" line="+33"/>
        <source>The address %1 could not be found (DNS). Check its spelling, and that this computer is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing answers at %1 (connection refused). Is the address right, and the site up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secure connection to %1 failed (TLS): %2. The certificate may have expired, or not belong to this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no WooCommerce store at %1 (its REST API was not found). Is WooCommerce installed and active there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a Shopify admin address. Use the shop&apos;s myshopify.com domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not look like a WordPress site: it announces no REST API. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WordPress refused the user and application password. Check the user name and create a new application password (Users → Profile → Application passwords).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WooCommerce refused the consumer key and secret. Create new keys (WooCommerce → Settings → Advanced → REST API).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meta refused the access token (it expired or was revoked). Create a new system user token with ads_read and ads_management in Business Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shopify refused the access token. Check the token of the custom app (Settings → Apps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token works but may not use this ad account: give its system user the ad account, with ads_read and ads_management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token works but lacks a permission: the app needs write_products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The credentials work but may not publish: %1 needs read and write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the REST API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the WordPress user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Signed in as %1, but this user may not publish posts or upload media: give them the Editor or Administrator role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connected to %1 as %2 (%3); posts, pages and media can be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connected to the WooCommerce store at %1. Publishing needs keys with read and write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connected to the ad account “%1” (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Connected to the Shopify shop “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connections</name>
    <message>
        <location filename="../services/publishing/Connections.cpp" line="-179"/>
        <source>WooCommerce store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WordPress site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shopify store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta ad account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Consumer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consumer secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admin API access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketing API access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Give the connection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the ad account&apos;s ID: the number in Ads Manager&apos;s account menu, e.g. 1234567890.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Facebook Page ID is a number: in Meta Business Suite under Settings → Page info, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave the address empty for Meta&apos;s Graph API, or enter a full address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the shop&apos;s domain as it is in the admin, e.g. my-shop.myshopify.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the site&apos;s address, e.g. https://shop.example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the WordPress user the application password belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <location filename="../ui/settings/ConnectionsPage.cpp" line="+37"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>optional; needed to launch campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Facebook Page the ads run as (Meta Business Suite → Settings → Page info)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The WordPress login of the same site, so product images go to its media library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+86"/>
        <source>WordPress user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-85"/>
        <source>API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facebook Page ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+77"/>
        <source>New: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>stored in the keychain; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None (images are not uploaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/publishing/ConnectionSettings.cpp" line="+66"/>
        <source>The ad account %1 is connected already, as “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The address changed, and saved secrets are only ever sent to the address they were entered for. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+86"/>
        <source>To test with what you typed, enter every secret (%1 missing): saved secrets are never mixed with typed ones. Or clear the typed ones to test the saved connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the secrets to test this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This connection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The saved secrets are only ever sent to %1. To try %2, enter its secrets too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/ConnectionsPage.cpp" line="+121"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Saved %1; its secrets are in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Where approved work is published and where orders and ad figures come from. Keys and passwords are kept in this computer&apos;s keychain, never in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Ad account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Testing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum stops publishing there and deletes its secrets from the keychain. What is already published stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Removed %1 and its secrets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentChecks</name>
    <message>
        <location filename="../services/pipeline/ContentChecks.cpp" line="+241"/>
        <source>The text has %1 words; it needs at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The text has %1 words; it may have at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The %1 text has %2 characters; the platform allows %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The %1 post has %2 hashtags; the platform allows %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Uses “%1”, which the brand never uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Must contain the phrase “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>States “%1” in %2, but the product is priced in %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>States the price as “%1”, but the facts say %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>States “%1”, which the product&apos;s facts do not give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Lists the size “%1”, but the product&apos;s facts list no sizes. Add the sizes to the product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lists the size “%1”; the product comes in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mentions %1, which is not among the product&apos;s materials%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The piece is written in %1, but the brand writes in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Far from the brand&apos;s voice (distance %1 of 1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentHtml</name>
    <message>
        <location filename="../ui/panes/ContentHtml.cpp" line="+49"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No problems listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The facts say:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The knowledge base says:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing in the knowledge base says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing in the facts says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n more supported by the facts.</source>
        <translation>
            <numerusform>%n more supported by the facts.</numerusform>
            <numerusform>%n more supported by the facts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n other sentences state nothing the facts could check.</source>
        <translation>
            <numerusform>%n other sentence states nothing the facts could check.</numerusform>
            <numerusform>%n other sentences state nothing the facts could check.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every checkable claim is supported by the facts or the knowledge base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every checkable claim is supported by the facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Stale: this version cites version %1 of “%2”, which is at version %3 now. Regenerate the piece, or edit it and check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Brand voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Far from the measured voice: %1 of 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close to the measured voice: %1 of 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Claims, one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Called supported, but cites nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Called supported, citing “%1”: neither a fact nor a passage it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Cites: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n more supported, each with its citation.</source>
        <translation>
            <numerusform>%n more supported, each with its citation.</numerusform>
            <numerusform>%n more supported, each with its citation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n called opinion or style.</source>
        <translation>
            <numerusform>%n called opinion or style.</numerusform>
            <numerusform>%n called opinion or style.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n without a verdict (the rule checks&apos; reading stands).</source>
        <translation>
            <numerusform>%n without a verdict (the rule checks&apos; reading stands).</numerusform>
            <numerusform>%n without a verdict (the rule checks&apos; reading stands).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n verdicts for claims that are not in the piece were ignored.</source>
        <translation>
            <numerusform>%n verdicts for claims that are not in the piece were ignored.</numerusform>
            <numerusform>%n verdicts for claims that are not in the piece were ignored.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The model&apos;s answer did not match the piece&apos;s schema; this is what it returned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited by hand by &lt;b&gt;%1&lt;/b&gt;, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attempt %1 of run %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prompt template version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum&apos;s default prompt template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instruction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lengths, counts, words and facts agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer to the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agrees the piece stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agrees it needs a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not sent to the reviewer: the deterministic checks failed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not reviewed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The product has no content yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-94"/>
        <source>From v%1 to v%2: %3 words added, %4 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-171"/>
        <source>No checkable claims in %n sentences.</source>
        <translation>
            <numerusform>No checkable claims in %n sentence.</numerusform>
            <numerusform>No checkable claims in %n sentences.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+204"/>
        <source>Rule checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The first version: nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentSpec</name>
    <message>
        <location filename="../services/pipeline/ContentSpec.cpp" line="+108"/>
        <source>Long description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SEO title and meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Care instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blog post draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SEO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brand voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Factual accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentStore</name>
    <message>
        <location filename="../services/pipeline/ContentStore.cpp" line="+22"/>
        <source>Not written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking your edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../services/core/CsvReader.cpp" line="+135"/>
        <source>The file is not UTF-8; it was read as Latin-1 (ISO 8859-1). Check accented letters in the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/catalog/CatalogImport.cpp" line="-31"/>
        <location filename="../services/core/CsvReader.cpp" line="+113"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/core/CsvReader.cpp" line="-125"/>
        <source>The file looks like UTF-16 text but cannot be read as such.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a CSV file (it contains binary data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A quoted field that starts on line %1 is never closed, so the file ends inside it. Everything from line %2 on was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/catalog/CatalogImport.cpp" line="+1"/>
        <location filename="../services/core/CsvReader.cpp" line="+88"/>
        <source>The file has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurrencyPage</name>
    <message>
        <location filename="../ui/settings/CurrencyPage.cpp" line="+34"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dashboard and the profit and loss report in one currency. Orders kept in another currency by their shop count once you say what that currency is worth; until then they are left out, and the dashboard says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reporting currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+46"/>
        <source>No other currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Report in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Empty: orders in %1 are left out of the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every order so far is in %1: no rate is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 unit in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The rate for %1 is not a number: “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved. The dashboard reports in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurrencySettings</name>
    <message>
        <location filename="../services/campaigns/CurrencySettings.cpp" line="+53"/>
        <location line="+7"/>
        <source>“%1” is not a currency code such as EUR or USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rate for %1 must be a number above 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerActions</name>
    <message>
        <location filename="../services/storesync/CustomerActions.cpp" line="+64"/>
        <source>Only an owner erases a customer&apos;s personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only an owner exports customers&apos; names and e-mail addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>“%1” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../models/CustomersModel.cpp" line="+71"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Churn risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>%Ln customer(s), %1 spent</source>
        <translation>
            <numerusform>%Ln customer, %1 spent</numerusform>
            <numerusform>%Ln customers, %1 spent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln at churn risk</source>
        <translation>
            <numerusform>%Ln at churn risk</numerusform>
            <numerusform>%Ln at churn risk</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>(erased)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../ui/settings/CustomersPage.cpp" line="+34"/>
        <source>Erase personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase by email address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With names and e-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export this segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customers of your stores, as the sync brings them in. When someone asks to be forgotten, erase their personal data: their name and email go from every order and customer record, the orders stay (without them) so your figures stay right, and the next sync does not bring them back. Names and emails never go to an AI provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search by name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer Segments groups the customers by how recently, how often and how much they bought; churn risk compares the days since their last order with their own rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers appear here once a connected store has been synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every order as a CSV file; customers appear as pseudonyms unless the box is ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+14"/>
        <source>Erase %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>Their name and email are removed from every order and customer record in this workspace. The orders stay, without them. This cannot be undone; it does not delete anything in your stores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Erase by email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone with this email address is erased: customers of every store, guest orders and orders imported from an export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No segments yet: Customer Segments groups the customers once a store&apos;s orders are synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a segment for what its customers spent and how many may leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n customer(s) exported to %1, with names and e-mail addresses.</source>
        <translation>
            <numerusform>%n customer exported to %1, with names and e-mail addresses.</numerusform>
            <numerusform>%n customers exported to %1, with names and e-mail addresses.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting orders: %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+99"/>
        <source>The shown segment&apos;s customers with their e-mail addresses, as a CSV file for an e-mail tool or an ad platform&apos;s customer list (erased customers and those without an address are left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+21"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n order(s) exported to %1, with names and e-mail addresses.</source>
        <translation>
            <numerusform>%n order exported to %1, with names and e-mail addresses.</numerusform>
            <numerusform>%n orders exported to %1, with names and e-mail addresses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n order(s) exported to %1, without personal data (customers as pseudonyms).</source>
        <translation>
            <numerusform>%n order exported to %1, without personal data (customers as pseudonyms).</numerusform>
            <numerusform>%n orders exported to %1, without personal data (customers as pseudonyms).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Erased: %n customer record(s)</source>
        <translation>
            <numerusform>Erased: %n customer record</numerusform>
            <numerusform>Erased: %n customer records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n order(s) anonymised.</source>
        <translation>
            <numerusform>%n order anonymised.</numerusform>
            <numerusform>%n orders anonymised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DailyTrendModel</name>
    <message>
        <location filename="../models/DailyTrendModel.cpp" line="+87"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ad spend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPane</name>
    <message>
        <location filename="../ui/panes/DashboardPane.cpp" line="+54"/>
        <source>Command center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today at a glance: what the agents did on their own, what waits for you, and how healthy the clusters are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Click or press Enter on a figure: revenue and profit open Campaigns, pending approvals open the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No autonomous actions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low- and medium-risk actions that agents run on their own appear here, with the rule that allowed them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Click a stage to see its products in the Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pipeline by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent autonomous actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Revenue and profit, last 30 days (today so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Cluster health</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionLearning</name>
    <message>
        <location filename="../services/approvals/DecisionLearning.cpp" line="+72"/>
        <source>The approval rule “%1” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” was changed since this was proposed (it is at version %2 now); nothing was changed. The CEO looks again at the new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” has no such band any more; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new bound is not above the one there is now (%1): modify it or reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+126"/>
        <source>they would run and notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>they would run and be logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Let “%1” up to %2 run without asking: %3 of %4 were approved unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People decided %1 proposals under “%2” above %3, where the rule asks a person now, and up to %4: %5 were approved as proposed. Raising the bound to %4 means %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CEO proposes a threshold change when the decisions by people support it: at least %1 decisions up to the new bound and at least %2 % of them approved unchanged. Here %3 of %4 (%5 %). The rule stays as it is unless an owner approves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the decisions on proposals judged by “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proposals up to the new bound will no longer wait for a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the rule as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a person keeps deciding these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the queue keeps proposals people approve unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionOutbox</name>
    <message>
        <location filename="../services/approvals/DecisionOutbox.cpp" line="+48"/>
        <source>approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The decision could not be kept on this computer (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Your %1 of “%2” had reached the team already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is no longer a person of this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your %1 of “%2” (%3, while the server was away) is applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your %1 of “%2” (%3, while the server was away) was not applied: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemandAgent</name>
    <message>
        <location filename="../services/shopagents/DemandAgent.cpp" line="+47"/>
        <source>Reorder %1 × %2: runs out on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Approve it when you have placed the order with your supplier; Quorum does not order from suppliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reorder %1 × %2: out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2) is out of stock in the stores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At the forecast&apos;s pace %1 (%2) runs out on %3, before an order placed now would arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the product&apos;s reorder rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the defaults; set a reorder rule on the product to use its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on hand. The forecast (%2, backtest MASE %3 over %4 days of history) sells it by %5. A delivery takes %6 days and should cover %7 days after it arrives (%8): %9 units forecast in those %10 days, plus %11 safety stock (%12 × the backtest&apos;s daily error of %13 × √%6). Order %9 + %11 − %1 on hand = %14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>units sold per day, %n day(s), every store</source>
        <translation>
            <numerusform>units sold per day, %n day, every store</numerusform>
            <numerusform>units sold per day, %n days, every store</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stock on hand read from the stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>After it arrives it serves %1 units of the expected sales the stock on hand would not: %2 revenue at %3 each, %4 cost of goods at %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+84"/>
        <source>The orders were last synced %n day(s) ago.</source>
        <translation>
            <numerusform>The orders were last synced %n day ago.</numerusform>
            <numerusform>The orders were last synced %n days ago.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Needs orders: connect a store (Settings → Connections) or import an orders export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync the stores, then it forecasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Needs %1 days of sales of a variant to fit and backtest a forecast; the longest history is %n day(s).</source>
        <translation>
            <numerusform>Needs %1 days of sales of a variant to fit and backtest a forecast; the longest history is %n day.</numerusform>
            <numerusform>Needs %1 days of sales of a variant to fit and backtest a forecast; the longest history is %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Forecast %n variant(s)</source>
        <translation>
            <numerusform>Forecast %n variant</numerusform>
            <numerusform>Forecast %n variants</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(median backtest MASE %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n with less than 8 weeks of sales not yet forecast</source>
        <translation>
            <numerusform>%n with less than 8 weeks of sales not yet forecast</numerusform>
            <numerusform>%n with less than 8 weeks of sales not yet forecast</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>proposed %n reorder(s).</source>
        <translation>
            <numerusform>proposed %n reorder.</numerusform>
            <numerusform>proposed %n reorders.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No stock levels yet: reorders need a store sync of the stock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemandForecasts</name>
    <message>
        <location filename="../services/storesync/DemandForecasts.cpp" line="+29"/>
        <source>Croston (intermittent demand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holt-Winters (weekly season)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <location filename="../services/demo/DemoSeeder.cpp" line="+270"/>
        <source>Cannot write the demo site %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The demo data file is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo data file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>This workspace already holds products; demo data is only added to an empty workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+53"/>
        <source>Writing the demo data failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 holds a real workspace, not demo data; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditPieceDialog</name>
    <message>
        <location filename="../ui/dialogs/EditPieceDialog.cpp" line="+25"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your edit is saved as a new version. Quorum checks it like the models&apos; work (lengths, words and facts, then the reviewer) and shows you the verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not saved yet:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmbeddingClient</name>
    <message>
        <location filename="../services/llm/EmbeddingClient.cpp" line="+90"/>
        <source>the answer is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>%1 vectors came back for %2 texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the answer&apos;s vectors do not match the texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the answer holds an empty vector or vectors of different lengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has no embeddings that Quorum can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The embeddings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointsModel</name>
    <message>
        <location filename="../models/EndpointsModel.cpp" line="+78"/>
        <source>Paused after failures, calls resume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trying one call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls go through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of the last %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 / %2 (%3 waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In flight / limit found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentActions</name>
    <message>
        <location filename="../services/campaigns/ExperimentActions.cpp" line="+72"/>
        <source>A test starts after the last complete day already in (%1): days already seen cannot be registered in advance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentArmsModel</name>
    <message>
        <location filename="../models/ExperimentsModel.cpp" line="+211"/>
        <source>“%1” got %2 of the %3 where %4 was registered: the ad sets did not get the traffic split the test assumes, so a difference may come from whom Meta showed them to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The difference of the rates, in percentage points, lies in this interval with the test&apos;s confidence, however often it was looked at (an always-valid interval).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (control)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 to %2 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ad set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Traffic (got of registered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Against control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference (always valid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p-value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentChart</name>
    <message>
        <location filename="../ui/panes/ExperimentChart.cpp" line="+44"/>
        <source>Points vs control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Select a test to see how its variants compare day by day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No complete day of this test has been looked at yet: the first look comes with the sync after its first day ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>“%1”: interval (first days cut at ±%2 points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”: interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” − control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Floors met</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentDialog</name>
    <message>
        <location filename="../ui/dialogs/ExperimentDialog.cpp" line="+53"/>
        <source>New A/B test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. Carousel or video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. the carousel sells more per click than the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each arm&apos;s share of the traffic in per cent, the control first (e.g. 50/50). Meta delivers each ad set by its own budget: give them budgets in these proportions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rate you expect of the control, fixed in advance: the sequential test&apos;s guarantee holds only for a rate registered before the test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The smallest relative difference worth finding; the test is most sensitive to about this size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chance of declaring a winner between arms that are the same, however often the test is looked at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hypothesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad a&amp;ccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontrol ad set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary &amp;metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic &amp;split (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered in advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control&apos;s expected &amp;rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smallest &amp;lift worth finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Floors per arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs at &amp;most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The control had %1 over its last 28 complete days before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The control has no figures before the start: enter the rate you expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Ready: once started, nothing of this changes. Each complete day is looked at once; no verdict before the floors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A/B test “%1” started: each complete day is looked at after the sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Experiments</name>
    <message>
        <location filename="../services/campaigns/Experiments.cpp" line="+157"/>
        <source>Clicks per impression (CTR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchases per click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Winner declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the test a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the ad account whose ad sets are tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A test needs a control and at least one variant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every arm needs an ad set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is in the test twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” needs a share of the traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The traffic shares add up to %1, not 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register the control&apos;s expected rate (between 0 and 100 %): the sequential test&apos;s guarantee needs it fixed in advance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The smallest lift worth finding is between 1 % and 500 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The error rate is above 0 and at most 20 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The floors are at least 100 %1 and 25 %2 per arm: below them a verdict is noise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the day the test starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A test runs between 7 and 90 days: a full week at least, so every weekday is in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is in the open test “%2” already: declaring either would pause an arm of the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+110"/>
        <source>From %1 through %2 (%n complete day(s) in the account&apos;s time zone):</source>
        <translation>
            <numerusform>From %1 through %2 (%n complete day in the account&apos;s time zone):</numerusform>
            <numerusform>From %1 through %2 (%n complete days in the account&apos;s time zone):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>control “%1”: %2 %3, %4 %5 (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1”: %2 %3, %4 %5 (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 against the control, the difference between %2 and %3 points (always-valid interval), p = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Significant means p at most %1 (an error rate of %2 shared by %n comparison(s)); a verdict only once every arm has %3 %4 and %5 %6.</source>
        <translation>
            <numerusform>Significant means p at most %1 (an error rate of %2 shared by %n comparison); a verdict only once every arm has %3 %4 and %5 %6.</numerusform>
            <numerusform>Significant means p at most %1 (an error rate of %2 shared by %n comparisons); a verdict only once every arm has %3 %4 and %5 %6.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+128"/>
        <source>The test no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-124"/>
        <source>“%1” has no winner to declare: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Declaring the winner of “%1” is already proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” has not been looked at yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Declare “%1” the winner of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The A/B test “%1” on %2 has a verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The A/B test “%1” (%2) has a verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meta ad insights from %1 through %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the A/B test “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>“%1” has ended: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Declaring the winner of “%1” waits in Approvals or is being carried out: reject it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The A/B test no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is no longer waiting for its winner to be declared: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” was not declared the winner of the A/B test “%2”; “%3” was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentsModel</name>
    <message>
        <location filename="../models/ExperimentsModel.cpp" line="-253"/>
        <source>Winner: “%1”, declaring it failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Winner: “%1”, waiting in Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Winner: “%1”, declaring it was rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Winner: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” declared the winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source> vs </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control vs variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days looked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentsTab</name>
    <message>
        <location filename="../ui/panes/ExperimentsTab.cpp" line="+29"/>
        <source>&amp;New test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Declare winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No A/B tests yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A test compares ad sets of a synced Meta ad account on one figure, registered in advance. Each complete day is looked at with a test that stays honest however often it looks; no verdict before the floors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Propose declaring the winner again (after a person rejected it): it waits in Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Declaring the winner waits in Approvals or is being carried out: reject it there to stop the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No verdict before every arm has %1 %2 and %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped by a person before its first look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Starts on %1 and runs at most %n day(s); the first look comes once its first day is complete.</source>
        <translation>
            <numerusform>Starts on %1 and runs at most %n day; the first look comes once its first day is complete.</numerusform>
            <numerusform>Starts on %1 and runs at most %n days; the first look comes once its first day is complete.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+3"/>
        <source>“%1” has %2 of %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every arm passed the floors on %1; no difference is significant yet. It ends on %2 at the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” wins on %2: every arm passed the floors on %3, and the difference was significant on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>It was declared; a pause was proposed for %n other arm(s) still running.</source>
        <translation>
            <numerusform>It was declared; a pause was proposed for %n other arm still running.</numerusform>
            <numerusform>It was declared; a pause was proposed for %n other arms still running.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was declared; no other arm was paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declaring it failed; propose it again or stop the test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declaring it waits for a person in Approvals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A person rejected declaring it; propose it again or stop the test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No difference was found by %1, the last day registered: the arms are not shown to differ by the smallest lift worth finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last day registered, %1, passed before every arm reached the floors: no verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped by a person after the look of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Declaring the winner of “%1” is proposed: it waits in Approvals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop the test?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop “%1”? It looks at no more days and reaches no verdict; what it saw stays. A stopped test cannot be started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” stopped: it looks no more, and what it saw stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExternalAgentDialog</name>
    <message>
        <location filename="../ui/dialogs/ExternalAgentDialog.cpp" line="+31"/>
        <source>Register an external agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A script, an agent framework or a job on another machine that proposes actions and waits for a decision. The risk rules judge its proposals as they judge Quorum&apos;s own agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Price Scout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Actions it may propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposals a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cluster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;May propose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposals a &amp;day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register and show its key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileImportDialog</name>
    <message>
        <location filename="../ui/widgets/FileImportDialog.cpp" line="+23"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Stop import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinanceAlertStrip</name>
    <message>
        <location filename="../ui/widgets/NoticeStrip.cpp" line="+28"/>
        <source>⚠ Finance Watch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finance Watch judges these every hour: revenue more than 20 % below the day before, an ad account spending more than 10 % over its budgets over 7 days, AI spend at 80 % of its monthly ceiling or on course to pass it. Each goes away when it no longer holds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinanceAlerts</name>
    <message>
        <location filename="../services/shopagents/FinanceAlerts.cpp" line="+56"/>
        <source>Revenue: no orders yet (connect a store or import an orders export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revenue: not judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Revenue: not judged until %1 has synced the orders since yesterday ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Ad pacing of %1: not synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ad pacing of %1: its figures end on %2; sync the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Revenue on %1: %2, %3 % below the day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ad spend of %1 runs %2 % over its budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>AI spend %1 of the %2 ceiling (%3 %), on course for %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AI spend %1 of the %2 ceiling (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 from %n order(s); the day before %2</source>
        <translation>
            <numerusform>%1 from %n order; the day before %2</numerusform>
            <numerusform>%1 from %n orders; the day before %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same weekday a week earlier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 net sales, the day before %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Spent %1 in the %n day(s) from %2 to %3</source>
        <translation>
            <numerusform>Spent %1 in the %n day from %2 to %3</numerusform>
            <numerusform>Spent %1 in the %n days from %2 to %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daily budgets: %1 a day, %2 for those days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: spent %2 on a budget of %3 a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Left out, without a daily budget: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At the last 7 days&apos; pace (%1 a day) the month ends at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower the agents&apos; daily AI budgets or pause the pipeline; the ceiling is a goal on the dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinanceAlertsModel</name>
    <message>
        <location filename="../models/FinanceAlertsModel.cpp" line="+74"/>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinanceWatch</name>
    <message>
        <location filename="../services/shopagents/FinanceWatch.cpp" line="+22"/>
        <source>Needs orders (connect a store or import an orders export), a Meta ad account or an AI spend ceiling (a goal on the dashboard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Yesterday: revenue %1, gross profit %2, net after ads and AI %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not known (no USD rate for AI spend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n alert(s), %1 new: %2</source>
        <translation>
            <numerusform>%n alert, %1 new: %2</numerusform>
            <numerusform>%n alerts, %1 new: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForecastDialog</name>
    <message>
        <location filename="../ui/dialogs/ForecastDialog.cpp" line="+34"/>
        <source>no backtest error: the naive forecast never erred on these days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MASE %1 (beats the naive forecast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MASE %1 (no better than the naive forecast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Demand forecast: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Units sold per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Units a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backtest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forecast on %1 by Demand Forecast, from the paid orders of every store. The backtest holds out the last 4 weeks, forecasts them from the weeks before and compares the error with the naive forecast&apos;s (the same weekday a week earlier; the day before for intermittent demand): below 1 the forecast is the better one.</source>
        <translation type="unfinished"></translation>
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
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&lt; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FraudAgent</name>
    <message>
        <location filename="../services/shopagents/FraudAgent.cpp" line="+152"/>
        <source>First order from this customer, %1: %2× the median order (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Billing country %1 differs from the customer&apos;s country on file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Billed in %1 and shipped to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Order %n from the same e-mail address within 24 hours</source>
        <translation>
            <numerusform>Order %n from the same e-mail address within 24 hours</numerusform>
            <numerusform>Order %n from the same e-mail address within 24 hours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Needs orders: connect a store (Settings → Connections) or import an orders export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync the stores, then it scores the new orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Hold order %1 (risk score %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 of %2 scores %3 of 100 for fraud risk. Approve when you have put it on hold in the store: Quorum records the hold and does not change orders in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid orders of the 90 days before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the customer&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No new paid orders to score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Scored %n new order(s)</source>
        <translation>
            <numerusform>Scored %n new order</numerusform>
            <numerusform>Scored %n new orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>proposed %n hold(s).</source>
        <translation>
            <numerusform>proposed %n hold.</numerusform>
            <numerusform>proposed %n holds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatewayActions</name>
    <message>
        <location filename="../services/gateway/GatewayActions.cpp" line="+88"/>
        <source>No external agent is called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>That key is unknown or revoked already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatewayPage</name>
    <message>
        <location filename="../ui/settings/GatewayPage.cpp" line="+61"/>
        <source>&amp;Run the approval gateway on this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open to the &amp;network (needs TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>May propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register an agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+241"/>
        <source>Revoke key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-237"/>
        <source>External agents (a script, an agent framework, a job on another machine) propose actions here and wait for a decision. The risk rules judge them as they judge Quorum&apos;s own agents; what waits appears in Approvals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate, PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>TLS certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-30"/>
        <source>private key, PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>TLS private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-29"/>
        <source> a second per key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages a second per key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No external agent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register one to give it a key; it then connects to the gateway and proposes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+94"/>
        <source>No agent selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+94"/>
        <source>Select an agent above to see its keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-33"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+3"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 has no key: give it one with New key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>On: the team&apos;s server runs it (“quorum serve”); agents connect there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off. On a team workspace the team&apos;s server runs it (“quorum serve”), not this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gateway did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Listening on %1 (HTTP on the same port); %n agent(s) connected.</source>
        <translation>
            <numerusform>Listening on %1 (HTTP on the same port); %n agent connected.</numerusform>
            <numerusform>Listening on %1 (HTTP on the same port); %n agents connected.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off: no agent can connect to this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved. The team&apos;s server (“quorum serve”) applies it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved. The gateway starts with these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved. The gateway is off; connected agents were disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Revoke %1 of %2? Its connections close at once, its waiting proposals are revoked, and it is never accepted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The agent connects to %1 with this key (the README&apos;s “The approval gateway” shows how).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent connects to the team&apos;s server, where “quorum serve” runs the gateway, with this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gateway is off: switch it on above before the agent connects.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatewayServer</name>
    <message>
        <location filename="../services/gateway/GatewayServer.cpp" line="+91"/>
        <source>The certificate or its private key cannot be read (%1, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The certificate or its private key is not in PEM form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The gateway cannot listen on %1 port %2: it is in use, or not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatewaySettings</name>
    <message>
        <location filename="../services/gateway/GatewaySettings.cpp" line="+47"/>
        <source>The port is a number from 1024 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rate limit is from 1 to 10,000 messages a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For TLS, give both the certificate and its private key (PEM files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open to the network only with TLS: agents send their keys, which must not cross a network in the clear.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerateSiteDialog</name>
    <message>
        <location filename="../ui/dialogs/GenerateSiteDialog.cpp" line="+31"/>
        <source>Generate site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>One &amp;product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;whole shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quorum writes the page in four checked steps: an analyst&apos;s brief, a concept, design tokens from your brand palette, then the page section by section. Every part is checked and reviewed by a second model; you approve the page before it goes anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 (%n product(s))</source>
        <translation>
            <numerusform>%1 (%n product)</numerusform>
            <numerusform>%1 (%n products)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No product has a category yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The shop has no products for sale yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n product(s) for sale; the page shows up to %1, best sellers first.</source>
        <translation>
            <numerusform>%n product for sale; the page shows up to %1, best sellers first.</numerusform>
            <numerusform>%n products for sale; the page shows up to %1, best sellers first.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A collection is the products for sale in one category; its page shows up to %1, best sellers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Add or import a product first: a site is written about the shop&apos;s products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a product from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a collection from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the collection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the whole shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Generating a site for %1: the four steps run in the background.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <location filename="../services/shopagents/Goals.cpp" line="+64"/>
        <source>The monthly revenue goal must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gross margin goal must be between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ROAS goal must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock cover must be between 1 and 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The AI spend ceiling must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <location filename="../ui/dialogs/GoalsDialog.cpp" line="+39"/>
        <source>Goals for the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The CEO measures each calendar month against these goals: what the month has brought so far, where it ends at the current pace, and why a goal is off track. Leave a goal at “Not set” to see its figure without a target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Revenue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross margin at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROAS at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock cover at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI spend at most (US$)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Goals saved; the CEO measures the month against them now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals saved; the CEO is paused and measures the month against them when resumed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlessRun</name>
    <message>
        <location filename="../app/HeadlessRun.cpp" line="+86"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pipeline is under an emergency stop. An owner resumes it in Quorum (Pipeline → Resume).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pipeline is paused. Resume it in Quorum (Pipeline → Resume) and run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Queuing %n product(s)</source>
        <translation>
            <numerusform>Queuing %n product</numerusform>
            <numerusform>Queuing %n products</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing to do: no product is in Draft and nothing is queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Running %n queued job(s) in %1</source>
        <translation>
            <numerusform>Running %n queued job in %1</numerusform>
            <numerusform>Running %n queued jobs in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Running the pipeline for %n product(s) in %1</source>
        <translation>
            <numerusform>Running the pipeline for %n product in %1</numerusform>
            <numerusform>Running the pipeline for %n products in %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo workspace: the AI providers are the sandbox at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A worker cannot open the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comparing with the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The import was interrupted: %n product(s) were written; run the import again to add the rest.</source>
        <translation>
            <numerusform>The import was interrupted: %n product were written; run the import again to add the rest.</numerusform>
            <numerusform>The import was interrupted: %n products were written; run the import again to add the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n row(s) could not be imported:</source>
        <translation>
            <numerusform>%n row could not be imported:</numerusform>
            <numerusform>%n rows could not be imported:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is cut off: lines %2 to %3 were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Interrupted after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Done (ready for approval): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Needs review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Not finished (left in the queue; run again to continue): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>  AI cost: %1 over %n call(s)</source>
        <translation>
            <numerusform>  AI cost: %1 over %n call</numerusform>
            <numerusform>  AI cost: %1 over %n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Healing</name>
    <message>
        <location filename="../services/pipeline/Healing.cpp" line="+32"/>
        <source>server errors or broken answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is paused after repeated failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n call(s) failed since %2 (%3)</source>
        <translation>
            <numerusform>%1: %n call failed since %2 (%3)</numerusform>
            <numerusform>%1: %n calls failed since %2 (%3)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Waiting: %1. Next try %2; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Gave up after waiting %n hour(s): %1. Run the product again when the provider is back.</source>
        <translation>
            <numerusform>Gave up after waiting %n hour: %1. Run the product again when the provider is back.</numerusform>
            <numerusform>Gave up after waiting %n hours: %1. Run the product again when the provider is back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <location filename="../services/net/HttpClient.cpp" line="+64"/>
        <source>the request took longer than its deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server stopped sending data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the connection was refused: nothing is listening at that address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the host name could not be found (DNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server closed the connection before the answer was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the secure connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer was larger than allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many or unsafe redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the request was canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>not an http(s) address: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageClient</name>
    <message>
        <location filename="../services/llm/ImageClient.cpp" line="+136"/>
        <source>the image answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s content filter refused the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>the image answer held no picture (%n byte(s))</source>
        <translation>
            <numerusform>the image answer held no picture (%n byte)</numerusform>
            <numerusform>the image answer held no picture (%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the picture is %1 × %2 pixels; at least %3 on each side is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot save the image to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageProvidersModel</name>
    <message>
        <location filename="../models/VisualsModel.cpp" line="+149"/>
        <source>Your mark for this provider&apos;s pictures, 1 (poor) to 5 (best); double-click to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="+39"/>
        <source>Write the listings of the new products now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the product export of your Shopify or WooCommerce store (CSV). Quorum shows what it found before anything is added; products already in the workspace are matched by SKU or handle, so importing the same file again adds nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>products_export.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Store exports do not say their currency; prices are read in this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+179"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+188"/>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose a product export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading %1 · %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comparing with the workspace: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing products: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queuing the new products for writing: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n data row(s) read</source>
        <translation>
            <numerusform>%n data row read</numerusform>
            <numerusform>%n data rows read</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Writing products…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopping after the current batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-41"/>
        <source>%1 new, %2 to update, %3 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) not imported</source>
        <translation>
            <numerusform>%n row not imported</numerusform>
            <numerusform>%n rows not imported</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is cut off: lines %1 to %2 were not read (see Problems).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Products (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Import %n product(s)</source>
        <translation>
            <numerusform>Import %n product</numerusform>
            <numerusform>Import %n products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportIssuesModel</name>
    <message>
        <location filename="../models/ImportPreviewModel.cpp" line="+152"/>
        <source>Imported, with a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n row(s) not imported</source>
        <translation>
            <numerusform>%n row not imported</numerusform>
            <numerusform>%n rows not imported</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location line="-131"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>sizes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU / handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportedList</name>
    <message numerus="yes">
        <location filename="../services/shopagents/ImportedList.cpp" line="+25"/>
        <source>%n row(s) left out: </source>
        <translation>
            <numerusform>%n row left out: </numerusform>
            <numerusform>%n rows left out: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobWorker</name>
    <message>
        <location filename="../services/jobs/JobWorker.cpp" line="+134"/>
        <source>This version of Quorum cannot run “%1” jobs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <location filename="../services/core/Json.cpp" line="+15"/>
        <source>the body is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not JSON: the body starts with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the JSON ends early (%1 bytes): the response was cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonForm</name>
    <message>
        <location filename="../ui/widgets/JsonForm.cpp" line="+124"/>
        <source>SEO title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>One per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonSchema</name>
    <message>
        <location filename="../services/llm/JsonSchema.cpp" line="+58"/>
        <source>expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is %1 characters, shorter than the minimum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is %1 characters, longer than the maximum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is below the minimum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is above the maximum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has %1 items, fewer than the minimum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has %1 items, more than the maximum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>is required but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not allowed here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../ui/dialogs/ExternalAgentDialog.cpp" line="+48"/>
        <source>The key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy it into the agent&apos;s configuration now: it is shown only this once. Quorum keeps only a fingerprint of it; if it is lost, give the agent a new key and revoke this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Knowledge</name>
    <message>
        <location filename="../services/knowledge/KnowledgeActions.cpp" line="+206"/>
        <location filename="../services/knowledge/KnowledgeBase.cpp" line="+295"/>
        <location filename="../ui/settings/KnowledgePage.cpp" line="+323"/>
        <source>The document no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type the page&apos;s full address, beginning with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A page is being fetched already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered with HTTP %2; nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PDF could not be kept to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a page of text (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/knowledge/KnowledgeBase.cpp" line="-267"/>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Care guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Material story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+184"/>
        <source>Give the document a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document holds %1 characters of text; the knowledge base takes at most %2 per document. Split it into parts (for example one per topic) and add them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a topic for the document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgeClaims</name>
    <message>
        <location filename="../services/pipeline/KnowledgeClaims.cpp" line="+105"/>
        <source>knowledge base, %1 (%2, version %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>knowledge base, %1 (%2, version %3), word for word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+191"/>
        <source> (the knowledge base&apos;s “%1” says “%2”: the product&apos;s facts win; correct the one that is wrong)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgeDocumentDialog</name>
    <message>
        <location filename="../ui/dialogs/KnowledgeDocumentDialog.cpp" line="+26"/>
        <location line="+78"/>
        <source>Fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Edit “%1” (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New knowledge document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https://your-shop.example/returns (optional: fetch a page&apos;s text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paste the text, or write it. Markdown headings (## Refunds) name the passages under them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Page address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 characters · %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgeDocumentsModel</name>
    <message numerus="yes">
        <location filename="../models/KnowledgeModels.cpp" line="+68"/>
        <source>%n piece(s) cite an older version of this document: what they say may no longer match. Regenerate them, or check them again.</source>
        <translation>
            <numerusform>%n piece cites an older version of this document: what it says may no longer match. Regenerate it, or check it again.</numerusform>
            <numerusform>%n pieces cite an older version of this document: what they say may no longer match. Regenerate them, or check them again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 · %2 stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <location line="+1"/>
        <source>%n piece(s)</source>
        <translation>
            <numerusform>%n piece</numerusform>
            <numerusform>%n pieces</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgeEmbedJob</name>
    <message>
        <location filename="../services/knowledge/KnowledgeEmbedJob.cpp" line="+164"/>
        <source>Embedding the knowledge base&apos;s passages failed (%1 of them embedded in this run): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The provider “%1” chosen for meaning search no longer exists; choose another in Settings → Knowledge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no embeddings that Quorum can use; choose an OpenAI-compatible or Ollama provider.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgeImport</name>
    <message>
        <location filename="../services/knowledge/KnowledgeImport.cpp" line="+36"/>
        <source>%1 holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+41"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-39"/>
        <source>%1 is %2 MB; the knowledge base reads files up to %3 MB. Split it, or paste the text it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a document the knowledge base reads: choose a Markdown, text or PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is protected by a password. Save a copy without one and add that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a PDF that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 has %n page(s) but no text: its pages are scanned images. Add a PDF saved from the program that made the text, or paste the text.</source>
        <translation>
            <numerusform>%1 has %n page but no text: it is a scanned image. Add a PDF saved from the program that made the text, or paste the text.</numerusform>
            <numerusform>%1 has %n pages but no text: its pages are scanned images. Add a PDF saved from the program that made the text, or paste the text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <location filename="../ui/settings/KnowledgePage.cpp" line="-285"/>
        <source>New document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+329"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-321"/>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your shop&apos;s own words, for what a product&apos;s facts do not say: shipping and returns terms, care guides, size charts, your story. Each FAQ, care guide and description is given the passages that match it; a shipping or returns term it states must be one a passage gives, and the detail view cites the passage. Editing a document makes the pieces that cited it stale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A Markdown, text or PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search the knowledge base, as a writer would (e.g. “return within days”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The provider whose embedding model turns passages and searches into vectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The embedding model&apos;s name, e.g. text-embedding-3-small or nomic-embed-text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Meaning search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add a document to the knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.md *.markdown *.txt *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Ranked by words only (%1): the search&apos;s meaning could not be had: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+10"/>
        <source>Type words to see which passages a writer would be given, best first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No passage matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best match first: ranked by words (%1) and by meaning (%2), the two rankings fused by reciprocal rank; the columns show each passage&apos;s place in both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ranked by words (%1) while the search&apos;s meaning is asked for…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Best match first, ranked by %1: a higher score matches the words better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Off (by words only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Off: passages are ranked by their words (%1). Ranking them by meaning too needs an OpenAI-compatible or Ollama provider (Settings → Providers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off: passages are ranked by their words (%1). Choose a provider and its embedding model to rank them by meaning too, so a search finds a passage that says the same in other words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>On: all %n passage(s) are embedded with %1; searches are ranked by words and by meaning.</source>
        <translation>
            <numerusform>On: all %n passage are embedded with %1; searches are ranked by words and by meaning.</numerusform>
            <numerusform>On: all %n passages are embedded with %1; searches are ranked by words and by meaning.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>On: %1 of %n passage(s) embedded with %2 so far; the rest are found by their words until then.</source>
        <translation>
            <numerusform>On: %1 of %n passage embedded with %2 so far; the rest are found by their words until then.</numerusform>
            <numerusform>On: %1 of %n passages embedded with %2 so far; the rest are found by their words until then.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last try failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Meaning search on with %1: the passages are being embedded in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaning search off: passages are ranked by their words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No documents yet. Start with your shipping and returns terms: an FAQ then answers from them instead of telling customers to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>“%1” added: %2.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” saved as version %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n piece(s) that cited it are now stale</source>
        <translation>
            <numerusform>%n piece that cited it is now stale</numerusform>
            <numerusform>%n pieces that cited it are now stale</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no piece cited the older version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1” and its %2 from the knowledge base? Writers are no longer given it; pieces that cited it keep their text, without the citation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgeSearchModel</name>
    <message>
        <location filename="../models/KnowledgeModels.cpp" line="+68"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words · meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiModel</name>
    <message>
        <location filename="../models/KpiModel.cpp" line="+158"/>
        <source>Last %1 days: nothing recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last %1 days: highest %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Revenue today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gross profit today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-executed (24 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AI spend today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Today so far is compared with yesterday until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cost known for %1 % of items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same as yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yesterday: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1%2 % vs yesterday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadImport</name>
    <message>
        <location filename="../services/sites/LeadActions.cpp" line="-148"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The import stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Cancelled: %n lead(s) were written; importing the file again adds the rest.</source>
        <translation>
            <numerusform>Cancelled: %n lead was written; importing the file again adds the rest.</numerusform>
            <numerusform>Cancelled: %n leads were written; importing the file again adds the rest.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Wait for the import or scoring under way to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Scoring the leads again was interrupted; it goes on at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scoring the leads again stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A lead cannot be marked “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That lead is no longer in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/sites/LeadImport.cpp" line="+274"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No column with the businesses&apos; names (a column called name or title). The columns are: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The e-mail address “%1” is not an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The rating “%1” is not a number from 0 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The number of reviews “%1” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The coordinates “%1, %2” are not a latitude and longitude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>The same business as line %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leads</name>
    <message>
        <location filename="../services/sites/Leads.cpp" line="+254"/>
        <source>No website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a page on %1, no website of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its website is not secure (http, no https).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has its own website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rating or reviews in the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 stars from %n review(s).</source>
        <translation>
            <numerusform>%1 stars from %n review.</numerusform>
            <numerusform>%1 stars from %n reviews.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n review(s), no rating.</source>
        <translation>
            <numerusform>%n review, no rating.</numerusform>
            <numerusform>%n reviews, no rating.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not scored: no categories set for your territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No category in the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is one of your categories (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not one of your categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not scored: no home location set for your territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No coordinates in the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 km from you, within your %2 km.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 km from you, outside your %2 km.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating and reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadsImportDialog</name>
    <message>
        <location filename="../ui/dialogs/LeadsImportDialog.cpp" line="+8"/>
        <source>Import leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a CSV export of businesses from a maps search (columns such as name, category, address, website, phone, rating, reviews, opening hours, place id, latitude and longitude). Each is scored as it comes in. The same business twice (its place id, website or phone) is one lead; importing again brings it up to date and keeps what you marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>businesses.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+13"/>
        <source>Leads are being imported or scored; wait for that to finish first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Choose a CSV export of businesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading and scoring %1 · %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n new lead(s)</source>
        <translation>
            <numerusform>%n new lead</numerusform>
            <numerusform>%n new leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already there, brought up to date</source>
        <translation>
            <numerusform>%n already there, brought up to date</numerusform>
            <numerusform>%n already there, brought up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n duplicate(s) in the file</source>
        <translation>
            <numerusform>%n duplicate in the file</numerusform>
            <numerusform>%n duplicates in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) left out</source>
        <translation>
            <numerusform>%n row left out</numerusform>
            <numerusform>%n rows left out</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written before it stopped: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadsModel</name>
    <message>
        <location filename="../models/LeadsModel.cpp" line="+85"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1: %2 of %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadsTab</name>
    <message>
        <location filename="../ui/panes/LeadsTab.cpp" line="+37"/>
        <source>Do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concept site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <source>Import leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-43"/>
        <source>A CSV export of businesses from a maps search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Territory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kinds of business and the area the score favours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outreach e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Marks the selected lead not to be contacted; importing it again keeps the mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+128"/>
        <source>Select a lead to see why it scores what it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-124"/>
        <source>No leads yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a CSV export of businesses from a maps search: each is scored for how much a site would help it, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No lead matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the search or show all leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Have the site factory write a concept site for the selected business, from its listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The outreach e-mail to the selected business: write it, see it as it is sent, follow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Leads imported: %1 new, %2 brought up to date, %3 duplicates, %4 rows left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln lead(s) scored again for your territory.</source>
        <translation>
            <numerusform>%Ln lead scored again for your territory.</numerusform>
            <numerusform>%Ln leads scored again for your territory.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Opening hours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score %1 of 100 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  %1: %2 of %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing a concept site for %1: follow it in Sites → Gallery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is marked not to be contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 may be contacted again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineLoss</name>
    <message>
        <location filename="../services/shopagents/LineLoss.cpp" line="+216"/>
        <source>%1: its figures end on %2, more than two days ago (the ad sync has not run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: there is no rate from %2 to %3 (Settings → Currencies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1: the cost is known for %2 of the %3 units sold (Catalog → the variants&apos; costs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1” (launched for one of its products)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” (the line&apos;s share of the %2 store orders it brought: %3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 lost %2 from %3 to %4 after ads: %5 of gross profit on %6 of net sales (a margin of %7 %), and %8 of ad spend on %9. Counted generously (the larger of Meta&apos;s %10 of purchases and the store&apos;s own %11 from these campaigns), the ads brought %12 of gross profit for their spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Pause the ads of %1: the line loses money after its ad spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store orders, %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta ad sets, %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The line&apos;s sales that the ads brought stop with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A store order counts for a campaign only when its visit carried the campaign&apos;s UTM parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Halve the ad set&apos;s daily budget instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps some of the line&apos;s ad sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the same return it still loses money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About %1 a month of spend for %2 of gross profit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Llm</name>
    <message>
        <location filename="../services/llm/LlmTypes.cpp" line="+38"/>
        <source>OpenAI-compatible (OpenAI, Ollama /v1, vLLM, LM Studio, llama.cpp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anthropic Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google Gemini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ollama (native /api/chat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stability AI (pictures)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LlmClient</name>
    <message>
        <location filename="../services/llm/LlmClient.cpp" line="+59"/>
        <source>No AI provider is configured for %1. Add one in Settings → Providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The provider %1 is not set up correctly (kind, address or model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>the model&apos;s answer is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the model&apos;s answer does not match the schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LlmProvider</name>
    <message>
        <location filename="../services/llm/OllamaProvider.cpp" line="+42"/>
        <location filename="../services/llm/SseStreamDecoder.h" line="+33"/>
        <source>the stream ended before the answer was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/llm/AnthropicProvider.cpp" line="+160"/>
        <source>the model declined to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/llm/GeminiProvider.cpp" line="+152"/>
        <source>the answer has no candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the prompt was blocked (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the answer was withheld (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/llm/LlmProvider.cpp" line="+62"/>
        <source>Check the API key in Settings → Providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key may not use this model or endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account&apos;s quota or spend limit is used up; top it up or raise the limit. Quorum does not retry this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the model name and the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quorum slows down and retries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider is overloaded; Quorum retries later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 sent an answer Quorum could not read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/llm/OpenAiChatProvider.cpp" line="+151"/>
        <source>the answer has no choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the model refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockedText</name>
    <message>
        <location filename="../services/pipeline/LockedText.cpp" line="+47"/>
        <location line="+4"/>
        <source>A {{/locked}} has no {{#locked}} before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A locked section is not closed with {{/locked}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A locked section opens inside another; close the first with {{/locked}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The locked section %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The locked section %1 holds a variable; a locked text is copied as written, so write it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The locked section %1 is %2 characters; a locked text holds at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The locked text %1 comes before the one the template puts ahead of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The locked text %1 is not in the piece word for word: “%2”. Copy it exactly as the template gives it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mailer</name>
    <message>
        <location filename="../services/autopilot/Mailer.cpp" line="+113"/>
        <location line="+9"/>
        <source>The mail library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The message has no recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server must be written as smtp://host:port or smtps://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The mail server refused the user name or password (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server took the message but did not confirm it (%1). It may have been delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The mail server cannot be reached (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server offers no encryption, so the password is not sent (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server&apos;s encryption failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server did not take the message (%1; SMTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+62"/>
        <source>%1 — Quorum (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 — Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Now deciding as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Demo workspace.&lt;/b&gt; Sample shop data; a local sandbox stands in for your stores and AI providers, so nothing here reaches a real shop or costs money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create your own workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join a &amp;team workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show workspace &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import orders from Shopify export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S&amp;witch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;gents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Command palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Quorum %1&lt;/h3&gt;&lt;p&gt;A command center for running an online shop with AI agents under human control. Nothing ships unless a quorum agrees: two models, then, when the risk is high, a person.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>P&amp;ipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import products from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Run or retry selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run all &amp;drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;esume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emergency &amp;stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Emergency stop: every worker halts at its next safe point. Nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused: work in progress stops at its next safe point and waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resumed: the workers pick up where they stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+95"/>
        <source>%n decision(s) kept while the team server was away reached the team.</source>
        <translation>
            <numerusform>%n decision kept while the team server was away reached the team.</numerusform>
            <numerusform>%n decisions kept while the team server was away reached the team.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decided by someone else meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept decisions not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n decision(s) kept on this computer were not applied:</source>
        <translation>
            <numerusform>%n decision kept on this computer was not applied:</numerusform>
            <numerusform>%n decisions kept on this computer were not applied:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetaAdsClient</name>
    <message>
        <location filename="../services/commerce/MetaAdsClient.cpp" line="+52"/>
        <source>the answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrateRun</name>
    <message>
        <location filename="../app/MigrateRun.cpp" line="+35"/>
        <source>Copying %1: %2 of %3 rows   </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied %1: %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moving the workspace %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing changed in the workspace folder; run the command again once this is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Copied %n table(s), %1 rows, in %2 s.</source>
        <translation>
            <numerusform>Copied %n table, %1 rows, in %2 s.</numerusform>
            <numerusform>Copied %n tables, %1 rows, in %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This workspace was copied before: checked again, nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Checked: every table holds as many rows on the server as here; the audit trail (%n entries) verifies and ends in the same entry.</source>
        <translation>
            <numerusform>Checked: every table holds as many rows on the server as here; the audit trail (%n entry) verifies and ends in the same entry.</numerusform>
            <numerusform>Checked: every table holds as many rows on the server as here; the audit trail (%n entries) verifies and ends in the same entry.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is now a team workspace on %2; its SQLite database is kept as %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../services/storage/Migrator.cpp" line="+120"/>
        <source>This workspace was written by a newer version of Quorum (schema %1; this version knows up to %2). Update Quorum to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Upgrading the workspace database failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelWiring</name>
    <message>
        <location filename="../app/ModelWiring.cpp" line="+284"/>
        <source>Reading %1 from %2: page %L3 of %L4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 from %2: %L3 read, up to date to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the ad account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ad account %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ad account %1: figures complete to %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync needs attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModifyProposalDialog</name>
    <message>
        <location filename="../ui/dialogs/ModifyProposalDialog.cpp" line="+31"/>
        <source>Modify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change what runs. The changed proposal is judged again by the risk engine: if the rule lets it run, it runs at once; if not, it waits for someone other than you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not changeable here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Why you changed it (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Apply change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Fix the marked fields to see what the risk engine would say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — it would come back to the queue for someone other than you. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — it would run as soon as you apply the change. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../ui/NavigationBar.cpp" line="+103"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1
Demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeStrip</name>
    <message numerus="yes">
        <location filename="../ui/widgets/NoticeStrip.cpp" line="-55"/>
        <source> — and %n more</source>
        <translation>
            <numerusform> — and %n more</numerusform>
            <numerusform> — and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../services/autopilot/Notifications.cpp" line="+95"/>
        <source>The notification is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The alert is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Seen first: %1. Raised: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Quorum tells you once; it shows the alert until it is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The report is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+159"/>
        <source>No mail server is set: enter it in Settings → Autopilot (e-mail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The mail server&apos;s password is not in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-91"/>
        <source>The webhook did not take the message (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersCsv</name>
    <message>
        <location filename="../services/storesync/OrdersCsv.cpp" line="+41"/>
        <location line="+14"/>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersExport</name>
    <message>
        <location filename="../services/storesync/OrdersExport.cpp" line="+103"/>
        <location line="+16"/>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 &quot;%2&quot; is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 &quot;%2&quot; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Currency &quot;%1&quot; is not a currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 &quot;%2&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This is a product export, not an orders export. In Shopify, export the orders from Orders › Export (CSV for Excel or plain CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a Shopify orders export: line %1 (the header) has no column %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The row has no order Name; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The file is cut off: a quoted field starts here and never ends, so the rows from this line on were not read. Export the orders again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Its rows continue past the cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No row of the order has its Financial Status, Currency and Total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another order in the file has the same Id (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is larger than 1 GB; export a shorter period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Stopped: %Ln order(s) were written; importing the file again adds the rest.</source>
        <translation>
            <numerusform>Stopped: %Ln order was written; importing the file again adds the rest.</numerusform>
            <numerusform>Stopped: %Ln orders were written; importing the file again adds the rest.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file holds no orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Imported %Ln order(s)</source>
        <translation>
            <numerusform>Imported %Ln order</numerusform>
            <numerusform>Imported %Ln orders</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 (%Ln skipped: %2).</source>
        <translation>
            <numerusform>%1 (%Ln skipped: %2).</numerusform>
            <numerusform>%1 (%Ln skipped: %2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../services/storesync/OrdersImportActions.cpp" line="+72"/>
        <source>Reading the file was stopped; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The import stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersImportDialog</name>
    <message>
        <location filename="../ui/dialogs/OrdersImportDialog.cpp" line="+8"/>
        <source>Import orders from Shopify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an orders export of your Shopify store (Orders › Export, CSV). Its orders count in the dashboard&apos;s revenue and profit. Importing the same file again changes nothing; a later export updates the orders it holds (refunds since, for example).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>orders_export.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+13"/>
        <source>An orders import is still running; wait for it to finish first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Choose a Shopify orders export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading %1 · %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing orders: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1, order %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <location filename="../services/approvals/Outcomes.cpp" line="+138"/>
        <source>Revenue kept: %1 in the %2 days after it ran, %3 in the %2 days before%4; %5 units after, %6 before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revenue fell: %1 in the %2 days after it ran, %3 in the %2 days before%4; %5 units after, %6 before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The ad account&apos;s return held: ROAS %1 in the %2 days after the pause, %3 in the %2 days before%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ad account&apos;s return fell: ROAS %1 in the %2 days after the pause, %3 in the %2 days before%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ad set&apos;s return held: ROAS %1 in the %2 days after the change, %3 in the %2 days before%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ad set&apos;s return fell: ROAS %1 in the %2 days after the change, %3 in the %2 days before%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two ad sets brought %1 of purchases in the %2 days after the shift, %3 in the %2 days before%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two ad sets brought less after the shift: %1 of purchases in the %2 days after, %3 in the %2 days before%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Afterwards: %1 of %n measured kept their revenue</source>
        <translation>
            <numerusform>Afterwards: %1 of %n measured kept its revenue</numerusform>
            <numerusform>Afterwards: %1 of %n measured kept their revenue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Afterwards: the return held for %1 of %n measured</source>
        <translation>
            <numerusform>Afterwards: the return held for %1 of %n measured</numerusform>
            <numerusform>Afterwards: the return held for %1 of %n measured</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Afterwards: purchases held for %1 of %n measured</source>
        <translation>
            <numerusform>Afterwards: purchases held for %1 of %n measured</numerusform>
            <numerusform>Afterwards: purchases held for %1 of %n measured</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(median %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outreach</name>
    <message>
        <location filename="../services/sites/Outreach.cpp" line="+176"/>
        <source>Sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The subject is longer than 90 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The body has %1 characters; an e-mail a stranger reads has 150 to 1,500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Links to “%1”: a first e-mail carries no links (the concept is attached).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>States the number %1, which the business&apos;s listing does not give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>States a number of reviews (“%1”) but the listing gives none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>States %1; the listing shows %2 reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Says the business has no website (“%1”), but its listing links to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speaks of the business&apos;s website (“%1”), but its listing has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Promises a result (“%1”) that no one can check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Speaks of an attachment (“%1”), but no concept is ready to attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Asked not to be written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-165"/>
        <location line="+167"/>
        <source>Bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Set the sender&apos;s name in Outreach settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the sender&apos;s e-mail address in Outreach settings: replies and unsubscribe requests go there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the sender&apos;s postal address in Outreach settings: every e-mail carries it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Approved, sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>May have been sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped: do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>That lead no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is marked do not contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail to “%1” bounced; it is not written to again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” has no e-mail address in its listing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is on the suppression list (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+9"/>
        <source>“%1” was written to already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/sites/OutreachJobs.cpp" line="+153"/>
        <source>Outreach e-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutreachActions</name>
    <message>
        <location filename="../services/sites/OutreachActions.cpp" line="+23"/>
        <source>The e-mail is being written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The e-mail is approved and being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The e-mail waits for approval: reject it in Approvals (with what to change) to write it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail is approved and about to be sent: undo the approval first to write it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+11"/>
        <source>“%1” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is not on the suppression list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only an e-mail the mail server did not confirm waits for this answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutreachDialog</name>
    <message>
        <location filename="../ui/dialogs/OutreachDialog.cpp" line="+25"/>
        <source>It arrived: mark sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It did not arrive: send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No e-mail is written for this lead yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instruction for the writer, e.g. “shorter; mention the opening hours”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only when you checked your sent mail and the lead&apos;s address: it may arrive twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written from the lead&apos;s listing and checked by a second model. Approved in Approvals, it is sent once from your mail server, with your name, postal address and an unsubscribe line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>E-mail to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no address in the listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Concept attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last attempt did not pass the gate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The e-mail is being written; it comes to Approvals when it passes the gate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sending the e-mail again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marked as sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutreachJobs</name>
    <message>
        <location filename="../services/sites/OutreachJobs.cpp" line="-28"/>
        <source>The lead was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Written and proposed for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>E-mail “%1” about a concept site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A first e-mail to %1 (%2), written from its listing and checked by a second model. Approved, it is sent once from your mail server with your name, postal address and an unsubscribe line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The lead was deleted; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quorum stopped while the mail server had this e-mail; it may have been delivered. It is not sent again by itself: check the sent mail, then mark it sent or send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent already; not sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The e-mail was written again or stopped after this approval; nothing was sent. A new text needs its own approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The lead&apos;s address changed after approval (it is %1 now); nothing was sent to %2. Write the e-mail again for the new address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The concept&apos;s screenshot the e-mail speaks of is gone; nothing was sent. Write the e-mail again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The e-mail changed while it was being prepared; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>It is not sent again by itself: check the sent mail, then mark it sent or send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Today&apos;s %n e-mail(s) are sent (the daily cap); this one goes tomorrow.</source>
        <translation>
            <numerusform>Today&apos;s %n e-mail are sent (the daily cap); this one goes tomorrow.</numerusform>
            <numerusform>Today&apos;s %n e-mails are sent (the daily cap); this one goes tomorrow.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The lead of this e-mail was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The e-mail was written again after it was proposed; the new text needs its own approval.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutreachSettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/OutreachSettingsDialog.cpp" line="+29"/>
        <source>Take off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outreach e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No mail server is set: enter it in Settings → Autopilot before e-mails can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mails go through the mail server of Settings → Autopilot (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every e-mail carries the sender&apos;s name, postal address and a line to unsubscribe; replies come to the sender&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anna de Vries, Studio Noord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anna@studionoord.nl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Street 1
1234 AB City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source> a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An address that asked not to be written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sender&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never write to (suppression list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Outreach settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 may be written to again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageShots</name>
    <message>
        <location filename="../services/sites/PageShots.cpp" line="+60"/>
        <source>No thumbnail: headless Chromium is not installed (Debian package chromium).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No thumbnail: the page did not render within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No thumbnail: Chromium could not render the page (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No thumbnail: Chromium did not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PieceGate</name>
    <message>
        <location filename="../services/pipeline/PieceGate.cpp" line="+252"/>
        <source>Stopped at a safe point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The piece no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The edited version no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your edit does not pass the checks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Writing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+86"/>
        <source>No reviewer is configured for %1 that differs from the writer. Two different models must agree: set a reviewer in Settings → Providers, or allow one model to review its own work there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Reviewed by the model that wrote it (one-model setup). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Reviewing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 failed the agreement gate %2 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 Last problem: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PiecesModel</name>
    <message>
        <location filename="../models/ContentModels.cpp" line="+121"/>
        <source>Piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SEO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineActions</name>
    <message>
        <location filename="../services/pipeline/PipelineActions.cpp" line="+53"/>
        <location filename="../services/users/Users.cpp" line="+165"/>
        <source>%1 is a viewer: viewers see everything and change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot copy the image %1 into the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+223"/>
        <source>A product with SKU “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+173"/>
        <source>The product no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The product is being worked on; wait for it to finish, then correct its facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Facts changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Facts saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 changed; %n piece(s) will be checked again.</source>
        <translation>
            <numerusform>%1 changed; %n piece will be checked again.</numerusform>
            <numerusform>%1 changed; %n pieces will be checked again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 changed; the content is not checked again while the product is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Nothing to archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Being worked on right now; archive when the work has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Nothing to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Only an owner can lift an emergency stop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <location filename="../ui/settings/PipelinePage.cpp" line="+29"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Worker threads. Each has its own database connection and network manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products one worker writes at once; their calls run side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worker threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products per worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts before a person decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI budget and prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked before every call: a call that could exceed it is not sent. Prices are dollars per million tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Input $/M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output $/M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The price of %1 is not a number; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Pipeline settings saved; the pool now runs %n worker(s).</source>
        <translation>
            <numerusform>Pipeline settings saved; the pool now runs %n worker.</numerusform>
            <numerusform>Pipeline settings saved; the pool now runs %n workers.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelinePane</name>
    <message>
        <location filename="../ui/panes/PipelinePane.cpp" line="+64"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every product from facts to live listing: its stage, how often it was generated, what the reviewer scored and what the AI cost so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search name, SKU or category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List only the archived products, to put them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Importing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queuing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Queuing the new products for the pipeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The pipeline is writing %n new listing(s).</source>
        <translation>
            <numerusform>The pipeline is writing %n new listing.</numerusform>
            <numerusform>The pipeline is writing %n new listings.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add one product by hand (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import your Shopify or WooCommerce product export (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Have the pipeline write the listings of every product in Draft (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No products yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a product by hand or import the CSV export of your Shopify or WooCommerce store. Quorum writes the listing, has a second model check it, and asks you when it matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No product matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the search or pick another stage or category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Restore from archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run or retry selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+221"/>
        <source>Run all drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-219"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the archived products back (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+109"/>
        <source>Run %n draft(s)</source>
        <translation>
            <numerusform>Run %n draft</numerusform>
            <numerusform>Run %n drafts</numerusform>
        </translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Product added; the pipeline is writing its listing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product added as a draft. Run it when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An import is still running; wait for it to finish (or cancel it) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>There are no drafts to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>From the %n product(s) written so far, that is about %1 (%2 each).</source>
        <translation>
            <numerusform>From the %n product written so far, that is about %1 (%2 each).</numerusform>
            <numerusform>From the %n products written so far, that is about %1 (%2 each).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No product has been written here yet, so there is no cost figure to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The daily AI budget of %1 stops it before it spends more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Have the AI write %n draft product(s)?</source>
        <translation>
            <numerusform>Have the AI write %n draft product?</numerusform>
            <numerusform>Have the AI write %n draft products?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress shows in the Pipeline&apos;s Step column and in the status bar; pause at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select the products to archive first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Archived %n product(s).</source>
        <translation>
            <numerusform>Archived %n product.</numerusform>
            <numerusform>Archived %n products.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped: being worked on.</source>
        <translation>
            <numerusform>%n skipped: being worked on.</numerusform>
            <numerusform>%n skipped: being worked on.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <location line="+14"/>
        <source>Restored %n product(s).</source>
        <translation>
            <numerusform>Restored %n product.</numerusform>
            <numerusform>Restored %n products.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Select the products to restore first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-394"/>
        <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>The batch is done: %n product(s) written.</source>
        <translation>
            <numerusform>The batch is done: %n product written.</numerusform>
            <numerusform>The batch is done: %n products written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n could not be written; the Failed stage says why.</source>
        <translation>
            <numerusform>%n could not be written; the Failed stage says why.</numerusform>
            <numerusform>%n could not be written; the Failed stage says why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+307"/>
        <source>%n product(s) queued.</source>
        <translation>
            <numerusform>%n product queued.</numerusform>
            <numerusform>%n products queued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n product(s) queued; %1 skipped (%2).</source>
        <translation>
            <numerusform>%n product queued; %1 skipped (%2).</numerusform>
            <numerusform>%n products queued; %1 skipped (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select the products to run first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineSettings</name>
    <message>
        <location filename="../services/pipeline/PipelineSettings.cpp" line="+139"/>
        <source>Only a writer&apos;s prompt for one kind of piece can be tried on a share of runs: the shared ones serve every kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>That trial has ended already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <location filename="../services/approvals/ApprovalTypes.cpp" line="+29"/>
        <source>Meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google Ads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TikTok</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PnlCard</name>
    <message>
        <location filename="../ui/panes/PnlCard.cpp" line="+56"/>
        <source>No sales in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales and gross profit appear here once orders are in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sales and profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Pick a product to see its sales and profit in the chart; Esc shows the whole shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No products sold in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products sold appear here with their units, net sales, refunds, cost and gross profit, from the orders synced from your stores or imported from an orders export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the whole shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Whole shop: revenue and gross profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: net sales and gross profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The last 13 weeks whatever the period: money in from paid orders, out for refunds, the goods at cost, ads and AI. Quorum sees no supplier invoices or payouts, so this is trading cash, not the bank balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading the orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cost is known for %1 % of the items sold; gross profit counts the others as free. Import the products with their costs (Shopify&apos;s “Cost per item”) or enter a product&apos;s cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Orders and ad spend in %1 are left out: there is no rate to convert them to the reporting currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Enter rates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>AI spend is priced in US dollars and there is no rate for USD, so it is not counted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PnlSeriesModel</name>
    <message>
        <location filename="../models/SalesReportModels.cpp" line="+431"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gross profit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostMerge</name>
    <message>
        <location filename="../services/publishing/PostMerge.cpp" line="+176"/>
        <source>the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the status (private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the status (scheduled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the status (pending review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the status (draft)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <location filename="../services/shopagents/Pricing.cpp" line="+72"/>
        <source>as computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The margin floor must be from 0 to 90 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The largest step must be from 1 to 50 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n week(s) with sales; the response needs 8.</source>
        <translation>
            <numerusform>%n week with sales; the response needs 8.</numerusform>
            <numerusform>%n weeks with sales; the response needs 8.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the price paid varied by %1 % (standard deviation); at least 2 % is needed to see how sales respond to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the price paid moved in step with time, so its effect cannot be told apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the weeks fit a line exactly, so the error of the response cannot be measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The price list has no column %1. It needs the columns sku, competitor and price (currency and date are optional); its columns are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line %1: no SKU or no competitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1: “%2” is not a price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1: “%2” is not a currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Line %1: “%2” is not a date (2026-11-30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The price list has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No row of the price list could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n competitor price(s)</source>
        <translation>
            <numerusform>%n competitor price</numerusform>
            <numerusform>%n competitor prices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>from %n competitor(s) imported.</source>
        <translation>
            <numerusform>from %n competitor imported.</numerusform>
            <numerusform>from %n competitors imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n SKU(s) are not in the catalog; their prices are kept for when they are.</source>
        <translation>
            <numerusform>%n SKU is not in the catalog; its price is kept for when it is.</numerusform>
            <numerusform>%n SKUs are not in the catalog; their prices are kept for when they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PricingAgent</name>
    <message>
        <location filename="../services/shopagents/PricingAgent.cpp" line="+250"/>
        <source>How sales respond to the price could not be measured: %1 The effect assumes the same units sold, which overstates a raise and understates a cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sales respond to the price paid with an elasticity of %1 ± %2 (95 %: %3 to %4), from %5 weeks of sales in which the price paid varied by %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At %1 the margin over the cost of %2 is %3, below the floor of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sales respond strongly to the price: the price that earns most over the cost of %1 is about %2 (cost × e / (1 + e)). This moves towards it by at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sales hardly respond to the price: a higher price earns more on almost the same units. This raises it by at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 sells it for %2 (seen %3), and units sold fell: %5 in the last %6 days against %4 in the %6 before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The cheapest competitor, %1, asks %2 (seen %3), and units sold did not fall: %4 in the last %6 days against %5 in the %6 before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The margin goes from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Over 30 days at the pace of the last %1 days: %2 units at %3 now, %4 units at %5 after; revenue %6 → %7, gross profit %8%9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prices end as the pricing rules say (%1); the floor is %2 over cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>units and prices paid per week, %n week(s), every store</source>
        <translation>
            <numerusform>units and prices paid per week, %n week, every store</numerusform>
            <numerusform>units and prices paid per week, %n weeks, every store</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the catalog&apos;s price and cost of the variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the competitor price list (Settings → Pricing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Half the step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a smaller risk if the estimate is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>half the effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing changes for customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>each sale keeps earning less than the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the expected gain is not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Today&apos;s price, %2, is written in %n place(s) of its content (%1), which the new price makes wrong. Approving has them checked again: written pieces at once; words already in a store by the SEO agent, once the new price is published.</source>
        <translation>
            <numerusform>Today&apos;s price, %2, is written in %n place of its content (%1), which the new price makes wrong. Approving has them checked again: written pieces at once; words already in a store by the SEO agent, once the new price is published.</numerusform>
            <numerusform>Today&apos;s price, %2, is written in %n places of its content (%1), which the new price makes wrong. Approving has them checked again: written pieces at once; words already in a store by the SEO agent, once the new price is published.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Needs the cost of the products to price above a margin: %n variant(s) have a price but no cost. Add the cost in the catalog import or on the product.</source>
        <translation>
            <numerusform>Needs the cost of the products to price above a margin: %n variant has a price but no cost. Add the cost in the catalog import or on the product.</numerusform>
            <numerusform>Needs the cost of the products to price above a margin: %n variants have a price but no cost. Add the cost in the catalog import or on the product.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs products with a price and a cost: import the catalog (Pipeline → Import CSV…) or add a product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync the stores, then it prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Checked %n variant(s)</source>
        <translation>
            <numerusform>Checked %n variant</numerusform>
            <numerusform>Checked %n variants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n with competitor prices</source>
        <translation>
            <numerusform>%n with competitor prices</numerusform>
            <numerusform>%n with competitor prices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n without a cost left out</source>
        <translation>
            <numerusform>%n without a cost left out</numerusform>
            <numerusform>%n without a cost left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n on sale left alone</source>
        <translation>
            <numerusform>%n on sale left alone</numerusform>
            <numerusform>%n on sale left alone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>proposed %n price change(s).</source>
        <translation>
            <numerusform>proposed %n price change.</numerusform>
            <numerusform>proposed %n price changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PricingPage</name>
    <message>
        <location filename="../ui/settings/PricingPage.cpp" line="+26"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import price list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Pricing agent proposes one price per variant at most, from the cost and this floor, how the variant&apos;s sales respond to its price, and the competitors&apos; prices below. A change to reach the floor or follow a competitor always waits for you; one made on a measured response runs and notifies you when it is small and likely (see Approval rules → Price changes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Margin floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prices end on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Largest step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Margin floor over cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices end on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest step at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Competitors&apos; prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV with the columns sku, competitor and price; currency and date (2026-11-30) are optional. Importing a list again replaces the prices it names. Prices seen more than 30 days ago are not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No competitor prices yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 from %2, the newest seen on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n price(s)</source>
        <translation>
            <numerusform>%n price</numerusform>
            <numerusform>%n prices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n competitor(s)</source>
        <translation>
            <numerusform>%n competitor</numerusform>
            <numerusform>%n competitors</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved. The Pricing agent looks at the prices again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a competitor price list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price lists (*.csv *.tsv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Price list imported, with rows left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price list not imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <location filename="../services/approvals/ApprovalTypes.cpp" line="-21"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductDetailPanel</name>
    <message>
        <location filename="../ui/panes/ProductDetailPanel.cpp" line="+66"/>
        <source>Edit facts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regenerate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a product to see its content, its versions and both models&apos; verdicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+246"/>
        <source>Correct the product&apos;s facts; content that states them is checked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-244"/>
        <source>Add a copy of this product&apos;s facts as a new draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the selected earlier version the piece&apos;s current one; it is checked again like an edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write this piece again, with an instruction for the writer (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit this piece by hand; your edit is a new version and is checked again (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The product&apos;s variants as its store export had them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+131"/>
        <source>SKU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AI cost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Draft in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>imported from %1</source>
        <comment>the store a product was imported from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported from %1 (ID %2)</source>
        <comment>the store a product was imported from, and its ID there</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customers do not see it in the store; publishing keeps it that way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Nothing written yet: run the product and the pipeline writes its content set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing written yet (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>v%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is only one version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Queued: the workers start on it right away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is being written again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your edit is saved as a new version and is being checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Copied as a new draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>v%1 is the current version again and is being checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductFacts</name>
    <message>
        <location filename="../services/pipeline/ProductFacts.cpp" line="+41"/>
        <source>Give the product a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name is %1 characters; keep it under 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Describe the product in one or two sentences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the description to one or two sentences (it has %1): the facts, not the copy. Quorum writes the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The description is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a price above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cost cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use a three-letter currency code such as EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose or type a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add at most three images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a web address (https://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SKU is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductPnlModel</name>
    <message>
        <location filename="../models/SalesReportModels.cpp" line="-164"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sold in the store; not a product in this workspace yet. Its sales join the product when it is imported or published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cost is known for %1 of %2 items; the others count as free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each order&apos;s refunds, shared over its lines by their value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The lines after their discounts, before tax and shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost of goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gross profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductRun</name>
    <message>
        <location filename="../services/pipeline/ProductRun.cpp" line="+39"/>
        <source>The product was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Writing the content set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking your edit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regenerating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Two models check every piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Will try again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Both models agree on every piece</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductStage</name>
    <message>
        <location filename="../services/pipeline/ProductStage.cpp" line="+22"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhancing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promoting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Draft: the facts are in; no AI has written anything yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Being written: the writer model is drafting the pieces one by one, each checked as it comes in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Being checked: the reviewer model and the fact checks go over what was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs review: the two models did not agree on some pieces, or a check failed. A person decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready: every piece passed; it can be sent for approval or published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Awaiting approval: a person must approve before anything goes out (Approvals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved: queued to be published to the connected stores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publishing: being sent to the stores now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published: the stores accepted it. It becomes Live once it is promoted (posts or campaigns running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Promoting: posts and campaigns are being started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live: published and promoted; campaigns and agents now watch how it sells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: it stopped after its retries ran out. The reason is shown; Retry starts it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalated: handed to a person because the same problem kept coming back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductStore</name>
    <message>
        <location filename="../services/pipeline/ProductStore.cpp" line="+279"/>
        <source>A product cannot go from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+234"/>
        <source>The product no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-229"/>
        <location line="+236"/>
        <source>It is archived; restore it to run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-229"/>
        <source>It is already queued or being written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its content is written (%1). Regenerate single pieces in the detail panel instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued for a retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+58"/>
        <source>The content cannot change while the product is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-52"/>
        <source>This product has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The product is already being worked on; wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Regenerating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+126"/>
        <source>The piece no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+91"/>
        <source>The product is being worked on; wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Only a published or live product is taken back to work this way; it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It is being published to the stores; approve again when that is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It has no written content to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That version no longer exists or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is already the current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Review the content of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The writer and the reviewer did not agree within the allowed attempts, so a person decides: edit the pieces, regenerate them with an instruction, or accept them as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the rule checks against the facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reviewer model&apos;s rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy may state wrong facts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsModel</name>
    <message>
        <location filename="../models/ProductsModel.cpp" line="+96"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Retry %1</source>
        <comment>followed by a countdown: in 23 s</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2 pieces done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-188"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality</source>
        <comment>score given by the reviewer model</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SEO</source>
        <comment>search engine optimisation score</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AI cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptTemplates</name>
    <message>
        <location filename="../services/pipeline/PromptTemplates.cpp" line="+37"/>
        <source>Writer: system prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writer: answer to the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewer: system prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewer: review a piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review Desk: write a reply to a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review Desk: check a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site: the analyst&apos;s brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site: the concept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site: the art director&apos;s design tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site: the architect&apos;s section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outreach: the e-mail to a lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+213"/>
        <source>the product&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the product&apos;s facts as JSON between &lt;facts&gt; tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the knowledge base&apos;s best passages for the piece, each with its id, between &lt;knowledge&gt; tags (empty when none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the piece being written, e.g. “FAQ”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the brand&apos;s voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words the copy must not use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phrases the copy must contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the target audience hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the length the piece must have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>problems found in the previous attempt, with a heading (empty on the first attempt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a person&apos;s instruction for this version, with a heading (empty when none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the attempt number (1-3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the piece under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reviewer&apos;s verdict, for the writer&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the piece&apos;s sentences as numbered claims the reviewer must give a verdict on, each with a citation, between &lt;claims&gt; tags (added at the end when a template leaves it out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the pass marks the reviewer&apos;s scores must reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the language the copy is written in (Brand settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the stars a customer gave (Review Desk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the customer wrote (Review Desk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what a reply may offer (Brand settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reply under check (Review Desk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the page is about: one product, a collection, the whole shop or a lead&apos;s business (site factory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the analyst&apos;s accepted brief (site factory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the accepted concept: positioning, vibe, headlines, sections (site factory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the accepted design tokens, restated for every section (site factory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the section being written, e.g. “hero” (site factory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the concept says the section is for (site factory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sections a concept may plan (site factory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the page stylesheet&apos;s classes a section may use (site factory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the images a section may show (site factory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where the call to action links (site factory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the product&apos;s reviews that may be quoted, with their average (site factory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the brand&apos;s colours (site factory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the fonts a page can rely on (site factory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lead&apos;s business name (outreach)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lead&apos;s category as its listing gives it (outreach)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lead&apos;s website, or “none” (outreach)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lead&apos;s listed rating, or “not listed” (outreach)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lead&apos;s listed number of reviews, or “not listed” (outreach)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“yes” when a finished concept site goes with the e-mail (outreach)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sender&apos;s name from Outreach settings (outreach)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptTemplatesModel</name>
    <message>
        <location filename="../models/SettingsModels.cpp" line="+60"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptTrialAgent</name>
    <message numerus="yes">
        <location filename="../services/shopagents/PromptTrialAgent.cpp" line="+20"/>
        <source>%1 of %n run(s) (%2 %)</source>
        <translation>
            <numerusform>%1 of %n run (%2 %)</numerusform>
            <numerusform>%1 of %n runs (%2 %)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-8"/>
        <source>the Quorum default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Keep %1 of the prompt “%2”: it passes the gate more often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End the trial and let %1 write every run from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the trial and go back to %1 for every run; %2 stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since the trial began, %1 passed the gate on its first attempt in %2; %3 in %4. A sequential test that allows for looking at the records as they grow finds the difference real (p = %5). Approved unchanged afterwards: %6 against %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The gate&apos;s verdicts on the runs since the trial began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pass rate is measured on the runs of the trial: pieces of another kind or a changed gate can behave otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the trial run on for more runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End it on the Prompts page and keep either version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No prompt is on trial. Start one on Settings → Prompts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n prompt(s) on trial.</source>
        <translation>
            <numerusform>%n prompt on trial.</numerusform>
            <numerusform>%n prompts on trial.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n without a verdict yet.</source>
        <translation>
            <numerusform>%n without a verdict yet.</numerusform>
            <numerusform>%n without a verdict yet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“%1” is written by %2 from now on; the trial has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-20"/>
        <source>Proposed %n verdict(s).</source>
        <translation>
            <numerusform>Proposed %n verdict.</numerusform>
            <numerusform>Proposed %n verdicts.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>That trial has ended or changed since: nothing was changed. The Prompts page shows the version in use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptsPage</name>
    <message>
        <location filename="../ui/settings/PromptsPage.cpp" line="+35"/>
        <source>Use this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try on a share of runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Insert a variable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source> % of runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saves your edit as a new version that writes this share of the runs beside the version in use; the Prompts page compares their records and proposes the better one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Preview for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Locked text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Select a legal line, a phrase the brand always uses or a heading (one each) and lock it: it goes into every piece word for word, in the order of the template, and the checks reject a piece without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Quorum default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>v%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 % first time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not used for a piece yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Passed the gate on the first attempt in %1 of %n run(s) (%2 %); kept unchanged in %3.</source>
        <translation>
            <numerusform>Passed the gate on the first attempt in %1 of %n run (%2 %); kept unchanged in %3.</numerusform>
            <numerusform>Passed the gate on the first attempt in %1 of %n runs (%2 %); kept unchanged in %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n locked section(s): every piece must carry them word for word, in this order; the checks reject a piece that changes one.</source>
        <translation>
            <numerusform>%n locked section: every piece must carry them word for word, in this order; the checks reject a piece that changes one.</numerusform>
            <numerusform>%n locked sections: every piece must carry them word for word, in this order; the checks reject a piece that changes one.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unknown variables stay empty: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without {{facts}} the writer does not see the product&apos;s facts, and the checks will reject what it invents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Edit and try the new text on a share of runs to compare it with the version in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the Quorum default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n run(s) passed first time (%2 %)</source>
        <translation>
            <numerusform>%1 of %n run passed first time (%2 %)</numerusform>
            <numerusform>%1 of %n runs passed first time (%2 %)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On trial since %1: %2 writes %3 % of the runs beside %4. Since then %2: %5; %4: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No verdict before 20 runs each, and 5 first-time passes and 5 failures in all. Saving a version by hand ends the trial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does better (p = %2): keep it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No difference yet (p = %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Keep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 version %2 writes %3 % of the runs from now on, beside the version in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The trial of %1 has ended; every run writes with the version kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/pipeline/PipelineSettings.cpp" line="+33"/>
        <source>Add a product to see the prompt filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(the piece under review appears here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the reviewer&apos;s scores and problems appear here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(the piece&apos;s claims, numbered, for a verdict on each, appear here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SYSTEM

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SYSTEM

%1

USER

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/PromptsPage.cpp" line="-91"/>
        <source>%1 saved as version %2; new pieces use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalDetailPanel</name>
    <message>
        <location filename="../ui/panes/ProposalDetailPanel.cpp" line="+44"/>
        <source>Select a proposal to see the reasoning, the numbers and the alternatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Note for your decision (optional; a rejection needs a reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Keys: A approve · R reject · M modify · J / K next / previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Adjust this rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Run a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the failed work again from the step that gave up (G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change the thresholds that sent this proposal here (owners; a new rule version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>proposed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Approve %n selected…</source>
        <translation>
            <numerusform>Approve %n selected…</numerusform>
            <numerusform>Approve %n selected…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reject %n selected…</source>
        <translation>
            <numerusform>Reject %n selected…</numerusform>
            <numerusform>Reject %n selected…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Modify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve: it runs as shown (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject with a reason (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the parameters; the change is judged again (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 Nobody else here may decide it, so you can: Approve or Reject asks you to confirm that you are the only approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline %1; then the rule&apos;s default applies (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Keys: G run again · J / K next / previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalHtml</name>
    <message>
        <location filename="../ui/panes/ProposalHtml.cpp" line="+78"/>
        <source>Est. revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Est. cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exp. value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agent offered no alternative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Impact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>“%1” %2 → %3 · “%4” %5 → %6 a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 → %2 a day (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Executed with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Suppliers compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost of the SKUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changed by %1; the change was judged again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the risk engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rule&apos;s default at the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 by %2, %3, on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Execution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Track record of %1 on “%2”: none decided by a person yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Track record of %1 on “%2”: %n decided by people — %3 approved as proposed, %4 modified, %5 rejected</source>
        <translation>
            <numerusform>Track record of %1 on “%2”: %n decided by people — %3 approved as proposed, %4 modified, %5 rejected</numerusform>
            <numerusform>Track record of %1 on “%2”: %n decided by people — %3 approved as proposed, %4 modified, %5 rejected</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(median change %1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ran, %2 failed to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What changes in the stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The content under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent gave no reasoning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What runs when approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where it goes live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No store or site is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>None named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rule version %1 · may decide: %2 · at the deadline: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalStatus</name>
    <message>
        <location filename="../services/approvals/ApprovalTypes.cpp" line="-139"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>queued to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed, will retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the agent carries it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped by the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <location filename="../ui/settings/ProviderDialog.cpp" line="+37"/>
        <source>&amp;Test provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;List models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add an AI provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left empty: named after its API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saved in the keychain; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the key to keep it in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in the system keychain, bound to this address: it is only ever sent there. Changing the address removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For servers: env:NAME reads the key from that environment variable when Quorum starts. Leave the Key field empty to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The most calls at once; Quorum finds the provider&apos;s real limit below this by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sends one tiny request (a few tokens, well under a cent) with what is typed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks the provider which models this key may use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or key from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max parallel calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no key needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Testing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n model(s) offered; pick one from the list.</source>
        <translation>
            <numerusform>%n model offered; pick one from the list.</numerusform>
            <numerusform>%n models offered; pick one from the list.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This provider has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Use lower-case letters, digits, dots and dashes for the identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There already is a provider called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address must start with https:// (or http:// for a model on this machine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the model, as the provider spells it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderSettings</name>
    <message>
        <location filename="../services/llm/ProviderSettings.cpp" line="+27"/>
        <source>Name the environment variable after env:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds a secret Quorum keeps for a store connection; a provider cannot use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A provider can only use a provider&apos;s key from the keychain (keychain:provider/…); %1 belongs to something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say where the key lives: env:VARIABLE, or enter the key to keep it in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Save the provider first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderTester</name>
    <message>
        <location filename="../services/llm/ProviderTester.cpp" line="+69"/>
        <source>%1 asks for an API key, and this provider has none. Paste the key here, or name the environment variable that holds it (env:NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+121"/>
        <source>There is no key to send: the environment variable %1 is not set. Set it where Quorum is started and restart Quorum, or paste the key here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no key to send: the system keychain has no entry %1 for this provider, or it is locked. Paste the key here and save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The address %1 cannot be found (DNS). Check its spelling, and that this computer is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing is listening at %1. Is Ollama running? Start it with `ollama serve`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is listening at %1. Is the model server on this computer running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is listening at %1 (connection refused). Check the address and the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secure connection to %1 failed (TLS). Its certificate may have expired or belong to another address, or something on the network intercepts the connection. Details: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 did not answer within %n second(s). Ollama loads a model into memory on its first request, which can take a while: try again.</source>
        <translation>
            <numerusform>%1 did not answer within %n second. Ollama loads a model into memory on its first request, which can take a while: try again.</numerusform>
            <numerusform>%1 did not answer within %n seconds. Ollama loads a model into memory on its first request, which can take a while: try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 did not answer within %n second(s). Try again; if it keeps happening, check the address and the provider&apos;s status page.</source>
        <translation>
            <numerusform>%1 did not answer within %n second. Try again; if it keeps happening, check the address and the provider&apos;s status page.</numerusform>
            <numerusform>%1 did not answer within %n seconds. Try again; if it keeps happening, check the address and the provider&apos;s status page.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the API key (HTTP %2): it is wrong, revoked or expired. Copy the key again from the provider&apos;s website and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 refused the key for this request (HTTP 403): the key is wrong, or may not use the model “%2”. Check the key, and the model&apos;s access in the provider&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ollama does not have the model “%1”. Download it with `ollama pull %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not know the model “%2”: it does not exist, or this key may not use it. Check the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no OpenAI-compatible API at %1 (HTTP 404). Check the address: for most servers it ends in /v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no %1 API at %2 (HTTP 404). Check the address; it is usually %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OpenAI accepts the key, but the account has no quota left (insufficient_quota). Add credit or raise the monthly limit under Settings → Billing at platform.openai.com. Waiting does not help: this is not a rate limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anthropic accepts the key, but the account&apos;s credit balance is too low. Buy credits under Plans &amp; Billing at console.anthropic.com. Waiting does not help: this is not a rate limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gemini accepts the key, but its quota for today is used up. It is renewed daily; for more, enable billing for the project in Google AI Studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 accepts the key, but the account&apos;s quota or credit is used up. Top it up or raise its limit; waiting does not help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 accepts the key, but too many requests were sent to it just now (rate limit). Try again in %n second(s); during real work Quorum slows down and waits by itself.</source>
        <translation>
            <numerusform>%1 accepts the key, but too many requests were sent to it just now (rate limit). Try again in %n second; during real work Quorum slows down and waits by itself.</numerusform>
            <numerusform>%1 accepts the key, but too many requests were sent to it just now (rate limit). Try again in %n seconds; during real work Quorum slows down and waits by itself.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 accepts the key, but too many requests were sent to it just now (rate limit). Try again in a minute; during real work Quorum slows down and waits by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is overloaded right now (HTTP %2). Try again in a few minutes; during real work Quorum waits and retries by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 had trouble answering: %2. Try again in a moment; if it keeps happening, check the provider&apos;s status page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 refused the request: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the kind of API, and fill in its address and the model, before testing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Works: %1 answered in %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>It is in the list of models %1 offers, so this key may not have access to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>It is not among the %n model(s) %1 offers; for example: %2.</source>
        <translation>
            <numerusform>It is not among the %n model %1 offers; for example: %2.</numerusform>
            <numerusform>It is not among the %n models %1 offers; for example: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the kind of API and fill in its address before loading its models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the answer is not a list of models</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvidersModel</name>
    <message>
        <location filename="../models/SettingsModels.cpp" line="+59"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max parallel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <location filename="../ui/settings/ProvidersPage.cpp" line="+33"/>
        <source>Every piece (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Descriptions, FAQ, care, sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SEO and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Let one model review its own work (only if you have a single model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keys stay out of the workspace: a key you enter is kept in the system keychain, bound to the provider&apos;s address; or a provider names an environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who writes and who reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two different models must agree on every piece: the writer writes, the reviewer checks. A second provider in the list takes over when the first is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>With one model (a single Ollama model, say) nothing would pass the gate: this lets it review itself. The fact checks and the rubric still run, and every verdict says no second model looked. Weaker: add a second model when you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>As the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same model reviews itself (weaker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same model: choose another reviewer, or allow it below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Provider %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Provider %1 saved; its key is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider %1 saved, but its key was not: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 now writes and reviews. Add a second, different model as reviewer, or allow one model to review itself below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 now writes every piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 now reviews every piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose it as a writer or reviewer below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Provider %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Publications</name>
    <message>
        <location filename="../services/publishing/Publications.cpp" line="+135"/>
        <source>Publishing this product has not been approved (Approvals: publish the product).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The product changed since publishing was approved; it needs approving again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Version %1 of this page has not been approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishing this site has not been approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>a blog post and the landing page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the product listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 “%2” (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is nowhere to publish to yet: add a store or a site in Settings → Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A generated site is published to a WordPress site.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicationsBox</name>
    <message>
        <location filename="../ui/panes/PublicationsBox.cpp" line="+21"/>
        <source>Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpublish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Publish to every connected store and site, after approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set it back to a draft everywhere it is published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>blog post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>landing page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>published %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not published anywhere yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishActions</name>
    <message>
        <location filename="../services/publishing/PublishActions.cpp" line="+68"/>
        <source>The product no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is nowhere to publish to yet: add a store or a site in Settings → Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Publishing %1 to %n place(s).</source>
        <translation>
            <numerusform>Publishing %1 to %n place.</numerusform>
            <numerusform>Publishing %1 to %n places.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Publishing %1 already waits for a decision in Approvals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Publish %1 to %n place(s)</source>
        <translation>
            <numerusform>Publish %1 to %n place</numerusform>
            <numerusform>Publish %1 to %n places</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the accepted listing, blog post and landing page live on every connected store and site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 asked for it; its content passed the gate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Publishing %1 is waiting for approval (Approvals); it goes live once approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Taking it down to a draft in %n place(s).</source>
        <translation>
            <numerusform>Taking it down to a draft in %n place.</numerusform>
            <numerusform>Taking it down to a draft in %n places.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>That site no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is a concept for a lead&apos;s business: it is shown to them, not published on your site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not ready for approval: its chain has not finished or a part needs a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Publish the page “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the generated page live as a page on every connected WordPress site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publish the page “%1” (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Publishing “%1” is waiting for approval (Approvals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add a WordPress site in Settings → Connections to publish pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Publishing the page to %n WordPress site(s).</source>
        <translation>
            <numerusform>Publishing the page to %n WordPress site.</numerusform>
            <numerusform>Publishing the page to %n WordPress sites.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishRun</name>
    <message>
        <location filename="../services/publishing/PublishRun.cpp" line="+100"/>
        <source>The publication no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+22"/>
        <source>The connection was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The site no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The site&apos;s page %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+74"/>
        <source>The product no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-97"/>
        <source>An ad account is not a place to publish products to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The product has no accepted description and SEO yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Buy now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The %1 of %2 is not available: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The application password of %1 is not available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The image %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/publishing/PublishRunWordPress.cpp" line="+16"/>
        <source>Published without the product&apos;s structured data: this WordPress user may not add scripts (the unfiltered_html capability). Connect as an administrator to include it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The product has no accepted blog draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Kept as edited in WordPress: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/publishing/PublishRun.cpp" line="+42"/>
        <source>Published to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not live on %1: kept as set there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpublished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Publishing to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../ui/dialogs/ReasonDialog.cpp" line="+23"/>
        <source>Why? Required: it is kept with the decision and tells the agent what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Enter rejects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegenerateDialog</name>
    <message>
        <location filename="../ui/dialogs/RegenerateDialog.cpp" line="+17"/>
        <source>Regenerate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The writer writes %1 again, with your instruction, and the piece goes through the agreement gate like any other: checks, the reviewer, at most three attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optional. For example: shorter, and mention that it comes in a gift box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Instruction for the writer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reorders</name>
    <message>
        <location filename="../services/storesync/Reorders.cpp" line="+102"/>
        <source>%1 on hand, at or below the threshold of %2. Nothing sold in the last %3 days, so this order only brings it back above the threshold: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 on hand, at or below the threshold of %2. %3 sold in the last %4 days (%5 a day). A delivery takes %6 days, in which about %7 more sell; %8 days of sales after it arrives is about %9. Order %7 + %9 + %2 (the threshold, kept in reserve) − %1 on hand = %10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reorder %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) is running low. Approve it when you have placed the order with your supplier; Quorum does not order from suppliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stock levels read from the stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>orders of the last %n day(s)</source>
        <translation>
            <numerusform>orders of the last %n day</numerusform>
            <numerusform>orders of the last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../services/autopilot/ReportDocument.cpp" line="+54"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>high risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>medium risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+289"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-288"/>
        <location line="+239"/>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-238"/>
        <location line="+288"/>
        <source>Gross profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-287"/>
        <location line="+237"/>
        <location line="+56"/>
        <source>Ad spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-292"/>
        <location line="+66"/>
        <location line="+171"/>
        <location line="+56"/>
        <source>AI spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-292"/>
        <source>Left after ads and AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the week before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What needs you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No proposal waits for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n proposal(s) wait for a decision (%1); the oldest since %2.</source>
        <translation>
            <numerusform>%n proposal waits for a decision (%1); since %2.</numerusform>
            <numerusform>%n proposals wait for a decision (%1); the oldest since %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alert, %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the agents did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 on its own, %3 proposed to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agents proposed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>People approved %1 and rejected %2; the agents acted on their own %n time(s).</source>
        <translation>
            <numerusform>People approved %1 and rejected %2; the agents acted on their own %n time.</numerusform>
            <numerusform>People approved %1 and rejected %2; the agents acted on their own %n times.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failures and recoveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 jobs that ran into a failure healed by themselves (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>%n alert(s) open: Settings → Autopilot lists them.</source>
        <translation>
            <numerusform>%n alert open: Settings → Autopilot lists it.</numerusform>
            <numerusform>%n alerts open: Settings → Autopilot lists them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Failed for good: %n “%1” job(s).</source>
        <translation>
            <numerusform>Failed for good: %n “%1” job.</numerusform>
            <numerusform>Failed for good: %n “%1” jobs.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This month US$ %1 of the ceiling of US$ %2; at the last week&apos;s pace US$ %3 by the month&apos;s end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This month US$ %1; at the last week&apos;s pace US$ %2 by the month&apos;s end (no ceiling set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No sales figures for these days: no store has synced its orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Daily report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sales (%1; against %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+50"/>
        <source>Goals this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+60"/>
        <source>The PDF attached has the charts. Quorum keeps every report in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out for want of a rate to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>So far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By the month&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Revenue and gross profit per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ad and AI spend per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A PDF is made by a Quorum with fonts: the desktop, “quorum serve” or “quorum report”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The PDF could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportRun</name>
    <message>
        <location filename="../app/ReportRun.cpp" line="+46"/>
        <source>%1 has not ended yet: a report covers whole days up to yesterday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report cannot be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made and kept in the workspace. Its e-mail and webhook, if set, go out with the next worker (quorum serve, or a desktop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workspace had this report already (made earlier); nothing was sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PDF cannot be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location filename="../ui/dialogs/ReportsDialog.cpp" line="+41"/>
        <source>Make yesterday&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make last week&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum makes a daily and a weekly report on the schedule set in Settings → Autopilot and keeps every one here; they are e-mailed as PDFs when an address is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No report yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first daily report comes the morning after Quorum has run, or make one now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the autopilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The report could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Made and kept. It is e-mailed if an address is set in Settings → Autopilot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This report was made already; here it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opened in the PDF viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No PDF viewer opened it; the report is at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PDF could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestClient</name>
    <message>
        <location filename="../services/commerce/RestClient.cpp" line="+39"/>
        <location line="+48"/>
        <source>the answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-42"/>
        <source>the server answered with a web page (HTTP %1) instead of the API; a firewall, a security plugin or a wrong address may be in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDesk</name>
    <message>
        <location filename="../services/shopagents/ReviewDesk.cpp" line="+160"/>
        <source>Needs product reviews: connect a WooCommerce store (Settings → Connections). Shopify&apos;s API gives no product reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The reviews were last synced %n day(s) ago.</source>
        <translation>
            <numerusform>The reviews were last synced %n day ago.</numerusform>
            <numerusform>The reviews were last synced %n days ago.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync the stores, then it reads them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The draft&apos;s job ended without an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Read %n new review(s).</source>
        <translation>
            <numerusform>Read %n new review.</numerusform>
            <numerusform>Read %n new reviews.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reviews this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>This week %n review(s)</source>
        <translation>
            <numerusform>This week %n review</numerusform>
            <numerusform>This week %n reviews</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>praised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>complaints: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Drafting %n repl(y/ies).</source>
        <translation>
            <numerusform>Drafting %n repl(y/ies).</numerusform>
            <numerusform>Drafting %n repl(y/ies).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CEO&apos;s plan gives it no AI budget today (its detail in the Agents pane says why): replies wait until there is budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today&apos;s AI budget is spent: replies wait until there is budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n review(s) needing a reply are of products Quorum does not know: import them to draft replies.</source>
        <translation>
            <numerusform>%n review needing a reply are of products Quorum does not know: import them to draft replies.</numerusform>
            <numerusform>%n reviews needing a reply are of products Quorum does not know: import them to draft replies.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewReply</name>
    <message>
        <location filename="../services/shopagents/ReviewReply.cpp" line="+47"/>
        <source>a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>something free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+199"/>
        <source>Writing the reply failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No reviewer model differs from the writer. Two different models must agree: set a reviewer in Settings → Providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking the reply failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reviewer&apos;s answer was not the JSON asked for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Reply to a %n-star review of %1</source>
        <translation>
            <numerusform>Reply to a %n-star review of %1</numerusform>
            <numerusform>Reply to a %n-star review of %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A customer wrote: “%1”

Proposed reply: “%2”

Approving records the reply; Quorum does not post replies to the store: paste it under the review there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written by %1 and approved by %2 (attempt %3 of %4). The rule checks passed: length, offers within the brand&apos;s list, every number from the facts or the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The review is about: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the facts of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the brand profile (voice, what replies may offer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Proposed a reply to a review of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>No draft passed the checks in %n attempt(s): </source>
        <translation>
            <numerusform>No draft passed the checks in %n attempt: </numerusform>
            <numerusform>No draft passed the checks in %n attempts: </numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A review of %1 is left to a person. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+88"/>
        <source>The reply has %n word(s); it needs %1 to %2.</source>
        <translation>
            <numerusform>The reply has %n word; it needs %1 to %2.</numerusform>
            <numerusform>The reply has %n words; it needs %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The reply offers %1, which the brand&apos;s replies may not offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The reply states %1, which neither the product&apos;s facts, the review nor the offers say.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewTopics</name>
    <message>
        <location filename="../services/shopagents/ReviewReading.cpp" line="+27"/>
        <source>fit and size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>colour and look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>price and value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>packaging</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWeekModel</name>
    <message>
        <location filename="../models/ReviewModels.cpp" line="+270"/>
        <source>%1 (not in Quorum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Praised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <location line="-195"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The Review Desk drafts replies to reviews of the last 30 days, of products Quorum knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drafting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not drafted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../ui/settings/ReviewsPage.cpp" line="+22"/>
        <source>Only reviews that need a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The product reviews of your stores, as the sync brings them in and the Review Desk reads them. For a complaint, a low rating or a question it drafts a reply, has a second model check it against the product&apos;s facts and what replies may offer (Brand), and puts it in Approvals. You post the approved reply in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No reviews this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What customers praise and complain about per product appears here once reviews of the last seven days come in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search by product or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews appear here once a connected WooCommerce store has been synced. Shopify&apos;s API gives no product reviews.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <location filename="../services/approvals/ApprovalTypes.cpp" line="-73"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskEngine</name>
    <message>
        <location filename="../services/approvals/RiskEngine.cpp" line="+126"/>
        <source>this action always needs a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no %1 given, so it cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>the price before the change is unknown, so the change cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-36"/>
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>margin %1 ≥ target %2 and confidence %3 ≥ %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>confidence %1 ≥ %2 (margin %3, target %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>confidence %1 &lt; %2 (margin %3, target %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>confidence %1 &lt; %2, raised from %3; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; the rule wants a person for every proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the rule runs nothing without a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HIGH: no rule covers “%1”, so a person decides</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoasChart</name>
    <message>
        <location filename="../ui/panes/RoasChart.cpp" line="+49"/>
        <source>Select a campaign to see its ROAS over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ROAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rule acted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>ROAS (revenue ÷ ad spend)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleEngine</name>
    <message>
        <location filename="../services/campaigns/RuleEngine.cpp" line="+161"/>
        <source>The insights for %1 are not in yet; the rule waits for the sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Too little evidence: %1 spent, %2 purchases and %3 clicks over the window; the rule needs %4 and %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 purchases or %2 clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n purchase(s)</source>
        <translation>
            <numerusform>%n purchase</numerusform>
            <numerusform>%n purchases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n click(s)</source>
        <translation>
            <numerusform>%n click</numerusform>
            <numerusform>%n clicks</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ROAS is below the threshold, but there is no order value yet to judge the chance that the true ROAS is below break-even.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ROAS is below %1, but the chance that the true ROAS is below break-even (%2) is %3 %, not the %4 % the rule asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It is in the learning phase; the rule leaves it alone until learning ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>It was edited significantly %n hour(s) ago; the rule waits %1 hours after an edit.</source>
        <translation>
            <numerusform>It was edited significantly %n hour ago; the rule waits %1 hours after an edit.</numerusform>
            <numerusform>It was edited significantly %n hours ago; the rule waits %1 hours after an edit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>It was acted on %n hour(s) ago; the cooldown is %1 hours.</source>
        <translation>
            <numerusform>It was acted on %n hour ago; the cooldown is %1 hours.</numerusform>
            <numerusform>It was acted on %n hours ago; the cooldown is %1 hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The rule has taken its %n action(s) for today.</source>
        <translation>
            <numerusform>The rule has taken its %n action for today.</numerusform>
            <numerusform>The rule has taken its %n actions for today.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It has no budget of its own (its campaign&apos;s budget is used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It has no bid cap to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Its bid is at the ceiling of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its bid is at the lowest already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its budget is at the ceiling of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account&apos;s daily budgets are at the ceiling of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is at the smallest budget already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Pause “%1”: %2 over %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resume “%1”: %2 over %3, past the resume threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume “%1”: %2 over %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget of “%1” from %2 to %3: %4 over %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bid of “%1” from %2 to %3: %4 over %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1”: %2 over %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No object in the rule&apos;s scope has %1 data for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleFindingsModel</name>
    <message>
        <location filename="../models/AdRulesModel.cpp" line="+36"/>
        <source>Held: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Would act (notify-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retrying: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done on Meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Every ad set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ad set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What became of it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../ui/settings/RulesPage.cpp" line="+43"/>
        <source>LOW below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>including the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>MEDIUM below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>LOW and MEDIUM run without a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every proposal waits for a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approvers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A proposal less confident than this is judged one level riskier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MEDIUM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deciders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Risk levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>LOW needs confidence of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MEDIUM needs confidence of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One level riskier below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deciding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>May decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After Approve or Reject the work waits this long; Undo (Ctrl+Z) takes the decision back until then. Owners change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo window after a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot read the approval rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1  (v%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Judged by the %1 (an amount in the shop&apos;s currency); above MEDIUM it is HIGH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Judged by the %1 in percent against the current price; above MEDIUM it is HIGH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Judged by the margin against the brand&apos;s target and the agent&apos;s confidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Judged by the %1 in units (how far the stock moves); above MEDIUM it is HIGH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Always HIGH: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Saving makes a new version; proposals already judged keep the version they used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an owner changes approval rules; you are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved %1 as version %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunProgress</name>
    <message>
        <location filename="../ui/panes/RunProgress.cpp" line="+22"/>
        <source>Products being written in this batch. The time left appears once a few are done: it is estimated from the pace so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 of %2 written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunStateBanner</name>
    <message>
        <location filename="../ui/widgets/RunStateBanner.cpp" line="+14"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;b&gt;Paused.&lt;/b&gt; No agent starts new work; work under way stopped at its next safe point and waits. Nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Emergency stop.&lt;/b&gt; Every agent and worker is halted; nothing is sent or published until an owner resumes. Nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesSummaryModel</name>
    <message>
        <location filename="../models/SalesReportModels.cpp" line="-218"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost of goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gross profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ad spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AI spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net after ads and AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no USD rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The AI providers&apos; calls, priced in US dollars and converted at your rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross profit less the ad spend and the AI spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI calls are priced in US dollars: enter a rate for USD to count them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cost is known for %1 of %2 items sold; the others count as free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same period earlier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vs yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs the day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vs previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vs same day last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vs a year earlier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoutAgent</name>
    <message>
        <location filename="../services/shopagents/ScoutAgent.cpp" line="+213"/>
        <source>Needs orders: connect a store or import an orders export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Needs %1 days of orders to compare two periods; the first is from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store orders, two periods of %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feature “%1”: units %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sold %2 units from %3 against %4 in the %5 days before (%6); its gross margin is %7 (the catalog&apos;s %8) and %9 of its sales were refunded. Chance the rise is not chance: %10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>home page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put it in a newsletter instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retire “%1”: units %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sold %2 units from %3 against %4 in the %5 days before (%6); its gross margin is %7 and %8 of its sales were refunded. Chance the fall is not chance: %9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customers who buy it again find it gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower its price to clear the stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it in the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 + %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Bundle “%1” and “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and %2 were bought together in %3 of the %4 orders with a catalog product in the last %5 days: %6 times as often as chance would put them together (%7 orders had the one, %8 the other). As a bundle at %9 (90 % of %10) with their costs added (%11), its margin is %12. Whether a bundle sells is not measured: a person decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A bundle of %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Store orders, %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show them together on both product pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave them apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rising: %1; falling: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Made %n proposal(s).</source>
        <translation>
            <numerusform>Made %n proposal.</numerusform>
            <numerusform>Made %n proposals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretCache</name>
    <message>
        <location filename="../services/secrets/SecretCache.cpp" line="+42"/>
        <source>The environment variable %1 holds a secret Quorum keeps for a connection; a provider cannot use it. Name the provider&apos;s own variable or enter its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The environment variable %1 is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The secret %1 belongs to something else and is not sent for it. Enter this one&apos;s own key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The secret %1 is not available: it is not in the system keychain, or the keychain is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The secret %1 was not saved for any address, so it is not sent to %2. Enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret %1 was saved for %2 and is only ever sent there, not to %3. The address changed: an owner must enter the secret again for the new address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Unknown kind of secret reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../services/secrets/SecretStore.cpp" line="+56"/>
        <source>No keychain is available on this desktop (%1). Quorum keeps secrets only in the system keychain, never in a file: start a keyring (GNOME Keyring, KWallet), or set the environment variable %2 before starting Quorum to supply this secret for the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The keychain refused to store the secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The keychain holds no secret for %1; enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The keychain could not remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <location filename="../services/shopagents/SegmentsAgent.cpp" line="+38"/>
        <source>champions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>promising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hibernating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentsAgent</name>
    <message>
        <location line="+46"/>
        <source>Sync the stores, then it scores the customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Needs paid orders from a store&apos;s customers: connect a store (Settings → Connections).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n customer(s) segmented: </source>
        <translation>
            <numerusform>%n customer segmented: </numerusform>
            <numerusform>%n customers segmented: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n likely to leave (churn risk 50% or more).</source>
        <translation>
            <numerusform>%n likely to leave (churn risk 50% or more).</numerusform>
            <numerusform>%n likely to leave (churn risk 50% or more).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeoAgent</name>
    <message>
        <location filename="../services/shopagents/SeoAgent.cpp" line="+126"/>
        <source>Traffic is not watched: no source of page views or search rankings is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs products in a store: publish a product the pipeline wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 (in %n places)</source>
        <translation>
            <numerusform>%1 (in %n place)</numerusform>
            <numerusform>%1 (in %n places)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>And %n more.</source>
        <translation>
            <numerusform>And %n more.</numerusform>
            <numerusform>And %n more.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reviewer scored its SEO %1; the gate asks at least %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Refresh the content of “%1”: %n problem(s) against today&apos;s facts and checks</source>
        <translation>
            <numerusform>Refresh the content of “%1”: %n problem against today&apos;s facts and checks</numerusform>
            <numerusform>Refresh the content of “%1”: %n problems against today&apos;s facts and checks</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh the content of “%1”: its SEO score is below today&apos;s bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether a rewrite ranks better is not measured: a person decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approving checks every piece again and has the writer rewrite what fails; the stores keep the published words until publishing the new ones is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check every piece of %1 again against its facts and the gate; the writer rewrites what fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The accepted content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brand profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gate settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rewriting calls the AI models: it counts against the daily content budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until it passes the gate again the product is back in the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the facts if they changed by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the content as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n product(s) in the store checked.</source>
        <translation>
            <numerusform>%n product in the store checked.</numerusform>
            <numerusform>%n products in the store checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n with content that no longer holds up.</source>
        <translation>
            <numerusform>%n with content that no longer holds up.</numerusform>
            <numerusform>%n with content that no longer holds up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Proposed %n refresh(es).</source>
        <translation>
            <numerusform>Proposed %n refresh.</numerusform>
            <numerusform>Proposed %n refreshes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing new to refresh.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerRun</name>
    <message>
        <location filename="../app/ServerRun.cpp" line="+42"/>
        <source>%1 is not a Quorum workspace (it has no quorum.db and no %2). Create it in Quorum, or with “quorum migrate-workspace”, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ReportRun.cpp" line="-41"/>
        <location filename="../app/ServerRun.cpp" line="+8"/>
        <location filename="../app/StatusRun.cpp" line="+26"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ServerRun.cpp" line="+5"/>
        <source>A worker cannot open the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 received: stopping at a safe point; the jobs in hand go back to the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Quorum serves %1 with %n worker(s); pipeline %2. Stop it with Ctrl+C or SIGTERM.</source>
        <translation>
            <numerusform>Quorum serves %1 with %n worker; pipeline %2. Stop it with Ctrl+C or SIGTERM.</numerusform>
            <numerusform>Quorum serves %1 with %n workers; pipeline %2. Stop it with Ctrl+C or SIGTERM.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Quorum works on %1 with %n worker(s); pipeline %2. Stop it with Ctrl+C or SIGTERM.</source>
        <translation>
            <numerusform>Quorum works on %1 with %n worker; pipeline %2. Stop it with Ctrl+C or SIGTERM.</numerusform>
            <numerusform>Quorum works on %1 with %n workers; pipeline %2. Stop it with Ctrl+C or SIGTERM.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ReportRun.cpp" line="-7"/>
        <location filename="../app/StatusRun.cpp" line="-6"/>
        <source>%1 is not a Quorum workspace (it has no quorum.db and no %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <location filename="../app/StatusRun.cpp" line="+17"/>
        <source>Cannot read the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerStatus</name>
    <message>
        <location filename="../services/server/ServerStatus.cpp" line="+26"/>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run-pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under an emergency stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>store data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ad figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agents</source>
        <translation type="unfinished"></translation>
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
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The pipeline is under an emergency stop: an owner resumes it in Quorum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n job(s) wait and no worker runs: start “quorum serve” or “quorum worker”, or open Quorum.</source>
        <translation>
            <numerusform>%n job waits and no worker runs: start “quorum serve” or “quorum worker”, or open Quorum.</numerusform>
            <numerusform>%n jobs wait and no worker runs: start “quorum serve” or “quorum worker”, or open Quorum.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The queue is stuck: a job has waited %1 while workers run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2): the last sync failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2): last synced %3 ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 of %3 failed in the last day (%4; more than %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not answer: its breaker is open in the %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Workspace: %1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processes: none has worked on this workspace in the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>running for %1</source>
        <translation type="unfinished"></translation>
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
            <numerusform>%n job in hand</numerusform>
            <numerusform>%n jobs in hand</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not heard from for %1 (stopped without a word: killed, or its machine is gone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queue: %1 waiting (%2 due), %3 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the oldest due job waits for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>  %n job(s) failed for good in the last day (Quorum shows them in the Pipeline).</source>
        <translation>
            <numerusform>  %n job failed for good in the last day (Quorum shows it in the Pipeline).</numerusform>
            <numerusform>  %n jobs failed for good in the last day (Quorum shows them in the Pipeline).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 of %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the last day: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>syncing now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last synced %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All is well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs attention:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="+54"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Autopilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupChecklistCard</name>
    <message>
        <location filename="../ui/panes/SetupChecklistCard.cpp" line="+19"/>
        <source>Set up a provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the brand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect a store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add or import products…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Each step ticks itself off as it is done. Nothing that costs money starts before an AI provider is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Get started: %1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupState</name>
    <message>
        <location filename="../services/pipeline/SetupState.cpp" line="+47"/>
        <source>One model writes and reviews its own work (%1). The fact checks and the rubric still run, but a second model catches more: add a different one as reviewer when you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No AI provider is set up to write. Add one in Settings → Providers (and test it there) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No AI provider is set up to review what is written. Choose one as reviewer in Settings → Providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The same model would write and review its own work, and two different models must agree. Add a second model as reviewer in Settings → Providers, or allow one-model review there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The providers cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connect an AI provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writes: %1 · Reviews: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paste a key (OpenAI, Anthropic, Gemini) or point at a local Ollama, test it, and choose who writes and who reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Describe your brand&apos;s voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The writers follow it, with your banned and required words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How your shop sounds, words to avoid, the language you write in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n store(s) or site(s) connected.</source>
        <translation>
            <numerusform>%n store or site connected.</numerusform>
            <numerusform>%n stores or sites connected.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WooCommerce, Shopify or WordPress: where approved listings are published. Optional until you publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add your first products</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n product(s) in the workspace.</source>
        <translation>
            <numerusform>%n product in the workspace.</numerusform>
            <numerusform>%n products in the workspace.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add one by hand or import a CSV export from your store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let the AI write the first listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done: see the Pipeline and the Approvals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a product in the Pipeline and press Run. What it costs shows in the AI cost column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopifyClient</name>
    <message>
        <location filename="../services/commerce/ShopifyClient.cpp" line="+136"/>
        <source>no Admin API at this address (check the shop domain and API version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>throttled by the store&apos;s API rate limit; Quorum waits and retries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../ui/widgets/CommandPalette.cpp" line="+57"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approvals: next / previous proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approvals: approve, reject, modify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline: archive the selected products (Ctrl+Z undoes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Navigation rail: previous / next pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Up / Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteActions</name>
    <message>
        <location filename="../services/sites/SiteActions.cpp" line="+17"/>
        <source>This site is being generated already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The shop has no products yet: add or import them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The collection %1 has no products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>That lead is marked do not contact: no concept is written for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That lead is no longer in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That product is no longer in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+26"/>
        <source>That part of the site no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>%1 is locked: unlock it to write it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Only a part both models accepted can be locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>That site no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteCardDelegate</name>
    <message>
        <location filename="../ui/delegates/SiteCardDelegate.cpp" line="+119"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not published yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Shows the whole shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the collection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concept for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Features %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteChecks</name>
    <message>
        <location filename="../services/sites/SiteChecks.cpp" line="+192"/>
        <source>States a discount (“%1”) but the product is not on sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>States a rating (“%1”) but the product has no reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>States a rating of %1; the product&apos;s reviews average %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Quotes a customer (“%1”) in words no review of the product contains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The markup does not parse (line %1: %2). Close every element, quote every attribute value and write void elements as &lt;br/&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Has an event handler (%1); the page runs no scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Contains &lt;%1&gt;: a section is text and structure only (no scripts, frames, media, forms or styles of its own; its look comes from the design tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Has the attribute %1; a section uses only id, class, href, src (images), alt, title, lang, width and height, so its colours, fonts and pictures are the design&apos;s and the product&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contains a %1: a section has no comments, CDATA or processing instructions (a browser reads them differently from the check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Heading h%1 follows h%2: heading levels must not skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Pairs %1 with %2, but the design has no colour for one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 text on %2 (%3 on %4) has a contrast of %5:1; WCAG AA needs 4.5:1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Rests “%1” on reviews, but the product has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Plans the section “%1” twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The page must open with its hero section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plans a reviews section, but the product has no reviews to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” is not a colour written as #RRGGBB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names two colours “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gives the role “%1” to two colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Has no colour for the role “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is not a font family name (letters, digits, spaces and hyphens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 type falls back to “%2”; a fallback must be a family every reader has (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The primary colour %1 is neither in the brand palette (%2) nor derived from one of its colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A section is one &lt;section&gt; element with everything inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The image %1 has no alt text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the image “%1”, which is not one of the product&apos;s images: never invent an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Links to “%1”; a section links only to the page&apos;s own sections or to the product (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hero section carries the page&apos;s one h1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the hero section has an h1; this one starts at h2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The page loads a script from elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The page has %1 h1 headings; it needs exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The page weighs %1 KB; the budget is %2 KB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteDetailDialog</name>
    <message>
        <location filename="../ui/dialogs/SiteDetailDialog.cpp" line="+34"/>
        <source>Write again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+108"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Run the chain again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Instruction for the selected part, e.g. “shorter; mention the gift box”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writes only the selected part again, with your instruction; the other parts stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A locked part is never written again until you unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The page at a phone&apos;s, a tablet&apos;s and a desktop&apos;s width; compare two versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The site&apos;s chain runs again from where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · page version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing the part again; the others stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteJobs</name>
    <message>
        <location filename="../services/sites/SiteJobs.cpp" line="+92"/>
        <source>No thumbnail: the page version is gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitePreviewDialog</name>
    <message>
        <location filename="../ui/dialogs/SitePreviewDialog.cpp" line="+26"/>
        <source>Phone (%1 px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tablet (%1 px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop (%1 px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Three widths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare with version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No picture of this width.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This site has no assembled page yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pictures of this version are being taken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Version %1 and version %2 at a desktop&apos;s width.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As headless Chromium renders it at a phone&apos;s, a tablet&apos;s and a desktop&apos;s width.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteRun</name>
    <message>
        <location filename="../services/sites/SiteRun.cpp" line="+153"/>
        <source>The product, collection or lead this site was written about is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The site or its product was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+203"/>
        <source>The assembled page fails %n check(s).</source>
        <translation>
            <numerusform>The assembled page fails %n check.</numerusform>
            <numerusform>The assembled page fails %n checks.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Will try again: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteSpec</name>
    <message>
        <location filename="../services/sites/SiteSpec.cpp" line="+49"/>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call to action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Brief (analyst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Design tokens (art director)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteStore</name>
    <message>
        <location filename="../services/sites/SiteStore.cpp" line="+23"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analyst writes the brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Art director sets the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Architect builds the sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not be generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The whole shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Cannot write the page %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteUnitsModel</name>
    <message>
        <location filename="../models/SiteUnitsModel.cpp" line="+87"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitesPane</name>
    <message>
        <location filename="../ui/panes/SitesPane.cpp" line="+35"/>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landing pages and collections generated from your products, and the leads you could build sites for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search sites…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish as a WordPress page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parts and versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generate site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a landing page for a product: brief, concept, design, sections, each checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected site&apos;s parts: their checks, versions and locks; write one again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected page goes live as a page on your WordPress sites (after approval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No sites generated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click Generate site… to have a landing page written for a product. A published product also gets its page on your WordPress site: see Published in the product&apos;s detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No site matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the search or show all sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select a site to see its parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” was not written by the site factory: it has no parts to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a site to publish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmallFile</name>
    <message>
        <location filename="../services/core/SmallFile.cpp" line="+16"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is larger than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocialActions</name>
    <message>
        <location filename="../services/social/SocialActions.cpp" line="+119"/>
        <source>The product was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” has no accepted social captions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the captions hold no text for this platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the same text is planned within a day already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Post about “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocialAgent</name>
    <message>
        <location filename="../services/shopagents/SocialAgent.cpp" line="+140"/>
        <source>Needs products in a store with accepted social posts: publish a product the pipeline wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No orders yet: only new products are posted about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only new products are posted about until they are synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fewer than %1 days of orders: only new products are posted about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Fewer than %1 paid orders in the last %2 days to read when customers buy: the evening, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Post about “%1”: it is selling more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Store orders, two periods of %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Post about “%1”: new in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was first published on %2 and has not been posted about. Whether a post sells is not measured: a person decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The social posts the pipeline wrote and the gate passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid orders by hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post it on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-42"/>
        <source>Of the last %1 days&apos; %Ln paid order(s), the most were placed in the hour from %2 (%L3).</source>
        <translation>
            <numerusform>Of the last %1 days&apos; %Ln paid order, the most were placed in the hour from %2 (%L3).</numerusform>
            <numerusform>Of the last %1 days&apos; %Ln paid orders, the most were placed in the hour from %2 (%L3).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 sold %L2 units in the last %3 days against %L4 in the %3 days before; chance the rise is not chance: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%L1 units in stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The post the pipeline wrote for %1, for Instagram, Facebook and X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A post speaks for the shop in public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quorum knows no link to the product in the store: add it before posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put it in a newsletter instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for the next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n product(s) in the store with social posts.</source>
        <translation>
            <numerusform>%n product in the store with social posts.</numerusform>
            <numerusform>%n products in the store with social posts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n left out: out of stock.</source>
        <translation>
            <numerusform>%n left out: out of stock.</numerusform>
            <numerusform>%n left out: out of stock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Proposed %n post(s).</source>
        <translation>
            <numerusform>Proposed %n post.</numerusform>
            <numerusform>Proposed %n posts.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing new or rising to post about.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocialBestTimes</name>
    <message>
        <location filename="../ui/panes/SocialBestTimes.cpp" line="+36"/>
        <source>Engagement by day and hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No social account is connected: there is nothing to learn from yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No published post of this account has figures yet. Quorum reads them from the platform every six hours for 30 days after a post goes out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n post(s) with figures so far, too few for a suggestion: a time is suggested once %1 published posts share its day and hour. Quorum does not fall back on other shops&apos; averages.</source>
        <translation>
            <numerusform>%n post with figures so far, too few for a suggestion: a time is suggested once %1 published posts share its day and hour. Quorum does not fall back on other shops&apos; averages.</numerusform>
            <numerusform>%n posts with figures so far, too few for a suggestion: a time is suggested once %1 published posts share its day and hour. Quorum does not fall back on other shops&apos; averages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 %2:00 (%3 on %n post(s))</source>
        <translation>
            <numerusform>%1 %2:00 (%3 on %n post)</numerusform>
            <numerusform>%1 %2:00 (%3 on %n posts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Best times, from %n post(s) of this account in its own time: </source>
        <translation>
            <numerusform>Best times, from %n post of this account in its own time: </numerusform>
            <numerusform>Best times, from %n posts of this account in its own time: </numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unusually good: “%1” reached %2 engagement, against %3 usually.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unusually weak: “%1” reached %2 engagement, against %3 usually.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocialCalendar</name>
    <message>
        <location filename="../ui/panes/SocialCalendar.cpp" line="+66"/>
        <source>Social post calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a post to move it. Arrows choose a post; Ctrl+Up/Down moves it 15 minutes, Ctrl+Left/Right a day; Delete cancels it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+232"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SocialClient</name>
    <message>
        <location filename="../services/social/SocialClient.cpp" line="+137"/>
        <source>the answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP %1 (the answer could not be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+302"/>
        <source>posting to %1 is not built yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-294"/>
        <source>an Instagram post needs an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Instagram was still processing the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instagram did not accept the image (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>a pin needs an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+90"/>
        <source>a TikTok photo post needs an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>TikTok did not publish the post: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TikTok was still processing the post (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/social/SocialClientMetrics.cpp" line="+158"/>
        <source>TikTok has not made this post public, so it gives no figures for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reading figures from %1 is not built yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>X gave no figures for this post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocialEngagement</name>
    <message>
        <location filename="../services/social/SocialEngagement.cpp" line="+121"/>
        <source>No longer on %1: deleted there after it was published (missing since %2). Figures read before are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocialHeatmapModel</name>
    <message>
        <location filename="../models/SocialHeatmapModel.cpp" line="+94"/>
        <source>%1 %2:00–%3:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no published post with figures yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n post(s), %2 engagement (%3 interactions on %4 seen)</source>
        <translation>
            <numerusform>%1: %n post, %2 engagement (%3 interactions on %4 seen)</numerusform>
            <numerusform>%1: %n posts, %2 engagement (%3 interactions on %4 seen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too few posts to suggest this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One of the best times for this account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocialPlatforms</name>
    <message>
        <location filename="../services/social/SocialPlatforms.cpp" line="+133"/>
        <source>Quorum does not post to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The post is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 takes at most %2 characters; this post has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 takes at most %2 hashtags; this post has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 posts need an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quorum posts to %1 without images so far: remove the image or post it there yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 takes at most %2 images in a post; this one has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Image %1 is %2; %3 takes at most %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image %1 is %2 × %3 pixels; %4 takes images from %5:1 to %6:1 (width to height).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 publishes at most %2 posts of an account in 24 hours; %3 are planned or published around this time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocialPosts</name>
    <message>
        <location filename="../services/social/SocialPosts.cpp" line="+176"/>
        <location line="+133"/>
        <location line="+32"/>
        <source>The account was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-159"/>
        <location line="+130"/>
        <source>“%1” is not a time Quorum can plan in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+129"/>
        <source>That time has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-65"/>
        <source>%1 on %2 at %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Posts planned by %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approving schedules the posts; each is published at its local time and its result shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A post speaks for the shop in public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Approved after its time (%1): move it to a new time to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+32"/>
        <location line="+27"/>
        <source>The post was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-295"/>
        <source>The post is being published or was published: it cannot move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+302"/>
        <source>The post was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-300"/>
        <source>The post is being published or was published: its text cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+299"/>
        <source>The post is being sent right now; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The post was sent to the platform: remove it there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocialPostsModel</name>
    <message>
        <location filename="../models/SocialPostsModel.cpp" line="+57"/>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not known yet: being looked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 interactions, not yet seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 seen · %2 interactions (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not given by the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impressions (views)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>When (local to the account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocialPublishRun</name>
    <message>
        <location filename="../services/social/SocialPublishRun.cpp" line="-421"/>
        <source>Nothing to send: the post is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The account this post was planned for was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2) needs to be connected again before it can post: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No access token for %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Instagram publishes at most %1 posts of %2 in 24 hours and they are used: waiting an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Instagram&apos;s publishing limit could not be read: %1. Trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Whether %1 received the post is not known yet, and looking it up failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Another worker took the post over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not sent: the post was canceled, moved or changed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workspace could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Quorum stopped looking: check the account on %1, and post it there if it is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-88"/>
        <source>%1 did not take the post yet: %2. It is sent again then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 did not answer whether it made the post (%2): it is looked up before anything is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 refused the access token (it expired or was revoked): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1. Connect %2 again, then move the post to a new time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already has this text (%2): it may be this post, published when an answer was lost. Look at the account before posting it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 refused the post: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Published on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocialSchedule</name>
    <message>
        <location filename="../services/social/SocialSchedule.cpp" line="+106"/>
        <source>The account&apos;s time zone “%1” is not known here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account has no posting times yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Every posting time of the next %1 days is taken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocialSyncRun</name>
    <message>
        <location filename="../services/social/SocialSyncRun.cpp" line="+53"/>
        <source>%1 needs to be connected again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the account was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No access token for %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 refused the access token of %2 (it expired or was revoked): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 did not give the figures of %2 yet: %3. Read again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Read the figures of %n post(s)</source>
        <translation>
            <numerusform>Read the figures of %n post</numerusform>
            <numerusform>Read the figures of %n posts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deleted on the platform</source>
        <translation>
            <numerusform>%n deleted on the platform</numerusform>
            <numerusform>%n deleted on the platform</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SocialTab</name>
    <message>
        <location filename="../ui/panes/SocialTab.cpp" line="+35"/>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Plan posts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+232"/>
        <location line="+3"/>
        <source>Cancel post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A week or a month of posts, or the best times to post from each account&apos;s own figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The week or month before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The week or month after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The product&apos;s social captions, which passed the two-model gate, as posts on the accounts you choose, each at its next free posting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+136"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No social account is connected, so Quorum posts nowhere yet. Approved posts of the Social agent are recorded for you to post by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n post(s) in this period</source>
        <translation>
            <numerusform>%n post in this period</numerusform>
            <numerusform>%n posts in this period</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 published, %2 waiting for approval, %3 failed or being looked up. The calendar shows %4 time; the list gives each post&apos;s time in its account&apos;s zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The post was not moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moved to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel this post? It will not be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The post was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connect a social account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No product has social captions that passed the gate yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan posts for a product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each post goes to the account&apos;s next free posting time and waits for approval, unless the account posts without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n post(s) planned.</source>
        <translation>
            <numerusform>%n post planned.</numerusform>
            <numerusform>%n posts planned.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They wait for approval (proposal #%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not planned: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpendGuard</name>
    <message>
        <location filename="../services/resilience/Pricing.cpp" line="+208"/>
        <source>Today&apos;s AI budget of $%1 would be exceeded: $%2 spent, $%3 reserved by running calls, this call may cost up to $%4. Raise the budget in Settings or wait until tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Today&apos;s share of the AI budget for %1 is $%2: $%3 spent, $%4 reserved by running calls, this call may cost up to $%5. The CEO shares the monthly AI spend ceiling (dashboard goals) out day by day, within the daily budget in Settings, and again at each of its runs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageSummaryModel</name>
    <message>
        <location filename="../models/StageSummaryModel.cpp" line="+15"/>
        <source>Waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A person must look: reviews the models disagreed on, approvals, escalations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being written and checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The models are writing or checking these right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their last try failed (a provider error, a missing key); they try again by themselves. The reason is on each product in the Pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every piece passed; approved or ready to be approved and published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published and live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the stores. Published: the store accepted it; Live: also promoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facts only; nothing written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped after their retries ran out; Retry starts them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <location line="+4"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StockActions</name>
    <message>
        <location filename="../services/storesync/StockActions.cpp" line="+58"/>
        <source>Only an owner sets when a product is reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The threshold and the delivery time cannot be negative, and an order covers at least a day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockBox</name>
    <message>
        <location filename="../ui/panes/StockBox.cpp" line="+26"/>
        <source>Reorder rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Units sold per day and the forecast, with its backtest error per variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 shared (%2)</source>
        <comment>shared stock, then each store&apos;s</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reorder at %1 or fewer left · delivery %2 days · covers %3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No reorder rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A variant with this few left in the stores gets a reorder proposal; Demand Forecast uses the rule&apos;s delivery time and cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a rule, Demand Forecast proposes reorders from the forecast with a delivery time of %1 days and %2 days of cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Forecast: about %n unit(s) in the next 4 weeks</source>
        <translation>
            <numerusform>Forecast: about %n unit in the next 4 weeks</numerusform>
            <numerusform>Forecast: about %n units in the next 4 weeks</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>median backtest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backtest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No demand forecast yet: Demand Forecast needs 8 weeks of this product&apos;s sales from the stores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When to propose a reorder, and how much to order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reorder rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> left</source>
        <comment>units left in stock</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>When a variant falls to the threshold in the stores, Quorum proposes a reorder: what sells during the delivery, plus the days of sales the order should cover, plus the threshold, less what is on hand (from the last %n days&apos; sales).</source>
        <translation>
            <numerusform>When a variant falls to the threshold in the stores, Quorum proposes a reorder: what sells during the delivery, plus the days of sales the order should cover, plus the threshold, less what is on hand (from the last %n days&apos; sales).</numerusform>
            <numerusform>When a variant falls to the threshold in the stores, Quorum proposes a reorder: what sells during the delivery, plus the days of sales the order should cover, plus the threshold, less what is on hand (from the last %n days&apos; sales).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reorder at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An order covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reorder rule saved; it applies from the next stock sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reorder rule removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockOrders</name>
    <message>
        <location filename="../services/shopagents/StockOrders.cpp" line="+109"/>
        <source>Stock order %1 × %2: out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock order %1 × %2: sells out on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 (%2) has sold for %n day(s), too few for the Demand Forecast, and at its pace it sells out on %3, before an order placed now would arrive. Approve it when you have placed the order with your supplier; Quorum does not order from suppliers.</source>
        <translation>
            <numerusform>%1 (%2) has sold for %n day, too few for the Demand Forecast, and at its pace it sells out on %3, before an order placed now would arrive. Approve it when you have placed the order with your supplier; Quorum does not order from suppliers.</numerusform>
            <numerusform>%1 (%2) has sold for %n days, too few for the Demand Forecast, and at its pace it sells out on %3, before an order placed now would arrive. Approve it when you have placed the order with your supplier; Quorum does not order from suppliers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 on hand. Over the last %n day(s) it sold %2 units, %3 a day (spread %4 a day). A delivery takes %5 days and should cover %6 days after it arrives: %7 units at this pace, plus %8 safety stock (%9 × %4 × √%5). Order %7 + %8 − %1 on hand = %10.</source>
        <translation>
            <numerusform>%1 on hand. Over the last %n day it sold %2 units, %3 a day (spread %4 a day). A delivery takes %5 days and should cover %6 days after it arrives: %7 units at this pace, plus %8 safety stock (%9 × %4 × √%5). Order %7 + %8 − %1 on hand = %10.</numerusform>
            <numerusform>%1 on hand. Over the last %n days it sold %2 units, %3 a day (spread %4 a day). A delivery takes %5 days and should cover %6 days after it arrives: %7 units at this pace, plus %8 safety stock (%9 × %4 × √%5). Order %7 + %8 − %1 on hand = %10.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>units sold per day, last %n day(s), every store</source>
        <translation>
            <numerusform>units sold per day, last %n day, every store</numerusform>
            <numerusform>units sold per day, last %n days, every store</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stock on hand read from the stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A pace of a few days, not a backtested forecast: a launch&apos;s first days may not last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order half now, and the rest when it sells on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>less stock at risk if the pace drops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a second delivery to pay for</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Wait for the Demand Forecast (%n day(s) of sales)</source>
        <translation>
            <numerusform>Wait for the Demand Forecast (%n day of sales)</numerusform>
            <numerusform>Wait for the Demand Forecast (%n days of sales)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a backtested forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it sells out before then</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockPool</name>
    <message>
        <location filename="../services/storesync/StockPool.cpp" line="+32"/>
        <source>%1 has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stores did not agree when Quorum first compared them (%1, %2 has %3); the lowest count, %4, is kept so that nothing is sold that is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Since the last sync: %1. That leaves %2 on hand for every store; %3 still has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set the stock of %1 in %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps %1 the same in every store that sells it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stock levels read from the stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+95"/>
        <source>%1 went from %2 to %3 (%n sold)</source>
        <translation>
            <numerusform>%1 went from %2 to %3 (%n sold)</numerusform>
            <numerusform>%1 went from %2 to %3 (%n sold)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 went from %2 to %3 (%n added there)</source>
        <translation>
            <numerusform>%1 went from %2 to %3 (%n added there)</numerusform>
            <numerusform>%1 went from %2 to %3 (%n added there)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StockWriteRun</name>
    <message>
        <location filename="../services/storesync/StockWriteRun.cpp" line="+75"/>
        <source>%1 no longer keeps stock of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 no longer tracks the stock of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has %2 of %3 now, not the %4 Quorum read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 no longer has the %2 of %3 at its first location that Quorum read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 Nothing was written; the store&apos;s stock is read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Writing the stock of %1 to %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreDiffHtml</name>
    <message>
        <location filename="../ui/panes/StoreDiffHtml.cpp" line="+57"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+5"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n variant(s) the store has that Quorum does not know stay as they are.</source>
        <translation>
            <numerusform>%n variant the store has that Quorum does not know stay as they are.</numerusform>
            <numerusform>%n variants the store has that Quorum does not know stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n variant(s) Quorum knows that the store does not have are not added.</source>
        <translation>
            <numerusform>%n variant Quorum knows that the store does not have are not added.</numerusform>
            <numerusform>%n variants Quorum knows that the store does not have are not added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n image(s) added in the store stay.</source>
        <translation>
            <numerusform>%n image added in the store stay.</numerusform>
            <numerusform>%n images added in the store stay.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>· read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has not been read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The product is not in %1 yet: publishing creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing would change in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What %1 has now → what publishing would write:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SEO title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SEO description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare-at price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale price</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n category(ies)</source>
        <translation>
            <numerusform>%n categoryy</numerusform>
            <numerusform>%n categoryies</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No store is connected: publishing goes to sites only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read the stores again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreIngest</name>
    <message>
        <location filename="../services/storesync/StoreIngest.cpp" line="+92"/>
        <location line="+92"/>
        <source>An order without an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+94"/>
        <source>Order %1 has no readable total or currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+77"/>
        <source>Order %1 has no readable date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreSync</name>
    <message>
        <location filename="../services/storesync/StoreSync.cpp" line="+48"/>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupplierAgent</name>
    <message>
        <location filename="../services/shopagents/SupplierAgent.cpp" line="+20"/>
        <location line="+6"/>
        <source>not in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Needs a supplier list: import one in Settings → Suppliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Waits for the first order sync of %1: last year&apos;s sales weigh the costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The supplier list marks no supplier as current (column current), so there is nothing to compare a new supplier with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No supplier in the list quotes for a SKU that another supplier supplies today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2 against %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Add %1 as the supplier of %n SKU(s) now bought from %2</source>
        <translation>
            <numerusform>Add %1 as the supplier of %n SKU now bought from %2</numerusform>
            <numerusform>Add %1 as the supplier of %n SKUs now bought from %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>at the %n unit(s) of them sold in the last 365 days</source>
        <translation>
            <numerusform>at the %n unit of them sold in the last 365 days</numerusform>
            <numerusform>at the %n units of them sold in the last 365 days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of each (none of them sold in the last 365 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>On the %n SKU(s) both quote for (%1), %2 scores %3 against %4 for %5, weighing cost 40 %, lead time 25 %, defects 25 % and rating 10 %. Bought %6, its prices come to %7 against %8 (%9); lead time %10 against %11 days; defects %12 against %13; rating %14 against %15. It still scores higher under %16 of %17 weightings (each weight halved or raised by half).</source>
        <translation>
            <numerusform>On the %n SKU both quote for (%1), %2 scores %3 against %4 for %5, weighing cost 40 %, lead time 25 %, defects 25 % and rating 10 %. Bought %6, its prices come to %7 against %8 (%9); lead time %10 against %11 days; defects %12 against %13; rating %14 against %15. It still scores higher under %16 of %17 weightings (each weight halved or raised by half).</numerusform>
            <numerusform>On the %n SKUs both quote for (%1), %2 scores %3 against %4 for %5, weighing cost 40 %, lead time 25 %, defects 25 % and rating 10 %. Bought %6, its prices come to %7 against %8 (%9); lead time %10 against %11 days; defects %12 against %13; rating %14 against %15. It still scores higher under %16 of %17 weightings (each weight halved or raised by half).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>At last year&apos;s units the cost of goods is %1 a year lower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At last year&apos;s units the cost of goods is %1 a year higher: the score is for the lead time and quality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compared with %1 on price, lead time, defects and rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Supplier list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Store orders, 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new supplier&apos;s first deliveries are untested: order samples first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A first order of at least %n unit(s)</source>
        <translation>
            <numerusform>A first order of at least %n unit</numerusform>
            <numerusform>A first order of at least %n units</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ships from %1 instead of %2: transport and duties differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compared without defects and rating: the list leaves them out for one of the two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared without defects: the list leaves them out for one of the two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared without the rating: the list leaves it out for one of the two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask %1 to match the price and lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order a sample batch from %1 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(proposed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compared: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Suppliers</name>
    <message>
        <location filename="../services/shopagents/Suppliers.cpp" line="+100"/>
        <source>The supplier list has no column %1. It needs the columns supplier, sku, unit cost and lead time (days); defect rate, rating, country, min order, currency, supplier id and current are optional. Its columns are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no supplier or no SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 quotes %2 twice; the first is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a unit cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a lead time in days (1 to 365).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a defect rate (0 to 100 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a rating from 0 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a minimum order in units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” in the column current is not yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The supplier list has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No row of the supplier list could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>from %n supplier(s) imported.</source>
        <translation>
            <numerusform>from %n supplier imported.</numerusform>
            <numerusform>from %n suppliers imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n SKU(s) are not in the catalog; their quotes are kept for when they are.</source>
        <translation>
            <numerusform>%n SKU is not in the catalog; its quotes are kept for when it is.</numerusform>
            <numerusform>%n SKUs are not in the catalog; their quotes are kept for when they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuppliersModel</name>
    <message numerus="yes">
        <location filename="../models/SuppliersModel.cpp" line="+59"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuppliersPage</name>
    <message>
        <location filename="../ui/settings/SuppliersPage.cpp" line="+24"/>
        <source>Import supplier list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Supplier vetting agent compares each supplier in this list that quotes for a SKU you buy elsewhere with the supplier you buy it from today, on cost, lead time, defects and rating. When the new one scores clearly better it proposes adding it; a new supplier always waits for you. Approving marks it current for those SKUs here; ordering from it is up to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A CSV with the columns supplier, sku, unit cost and lead time (days); defect rate (%), rating (0 to 5), country, min order, currency, supplier id and current (yes for who supplies the SKU today) are optional. Importing a list again replaces the rows it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No supplier list yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 for %2, imported %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n supplier(s)</source>
        <translation>
            <numerusform>%n supplier</numerusform>
            <numerusform>%n suppliers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n SKU(s)</source>
        <translation>
            <numerusform>%n SKU</numerusform>
            <numerusform>%n SKUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n SKU(s) have no current supplier: nothing is compared for them.</source>
        <translation>
            <numerusform>%n SKU has no current supplier: nothing is compared for it.</numerusform>
            <numerusform>%n SKUs have no current supplier: nothing is compared for them.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import a supplier list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supplier lists (*.csv *.tsv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 The Supplier vetting agent is paused: it compares the list when it is resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 The Supplier vetting agent looks at it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supplier list imported, with rows left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supplier list not imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SwitchUserDialog</name>
    <message>
        <location filename="../ui/dialogs/SwitchUserDialog.cpp" line="+22"/>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are working as &lt;b&gt;%1&lt;/b&gt; (%2) on %3. Every decision records who made it, when and from which machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Switch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncRun</name>
    <message>
        <location filename="../services/storesync/StoreSync.cpp" line="+95"/>
        <source>The %1 of %2 is not available: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/storesync/StockWriteRun.cpp" line="-167"/>
        <location filename="../services/storesync/SyncRun.cpp" line="+73"/>
        <source>The store connection was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/storesync/SyncRun.cpp" line="+5"/>
        <source>%1 cannot be read from this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Reading page %1 of %2 from %3 failed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Reading the variations of a product from %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Reading %1 from %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>%1: %n SKU(s) checked</source>
        <translation>
            <numerusform>%1: %n SKU checked</numerusform>
            <numerusform>%1: %n SKUs checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n stock update(s) or reorder(s) proposed.</source>
        <translation>
            <numerusform>%n stock update or reorder proposed.</numerusform>
            <numerusform>%n stock updates or reorders proposed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n record(s) could not be read and were left out: %1</source>
        <translation>
            <numerusform>%n record could not be read and were left out: %1</numerusform>
            <numerusform>%n records could not be read and were left out: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n order(s) were refunded more than their total (the first: %1); they count as the store has them.</source>
        <translation>
            <numerusform>%n order was refunded more than its total (%1); it counts as the store has it.</numerusform>
            <numerusform>%n orders were refunded more than their total (the first: %1); they count as the store has them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The clock of the store is about %n minute(s) ahead of this computer; check the time on both.</source>
        <translation>
            <numerusform>The clock of the store is about %n minute ahead of this computer; check the time on both.</numerusform>
            <numerusform>The clock of the store is about %n minutes ahead of this computer; check the time on both.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamJoin</name>
    <message>
        <location filename="../app/TeamJoin.cpp" line="+43"/>
        <source>%1 holds a workspace of its own (quorum.db). Choose another folder for the team&apos;s files, or move that workspace to the server with “quorum migrate-workspace”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 belongs to the team workspace on %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamPassword</name>
    <message>
        <location filename="../services/secrets/TeamPassword.cpp" line="+53"/>
        <source>The keychain did not keep the server&apos;s password (%1): Quorum asks for it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamWorkspaceDialog</name>
    <message>
        <location filename="../ui/dialogs/TeamWorkspaceDialog.cpp" line="+54"/>
        <source>Team workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A team shares one workspace on a PostgreSQL server: every desk sees the same queue and approvals, and a server can work on it at night. Enter the server your team uses; an empty database becomes a new team workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder on a drive the whole team reaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Files folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+58"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Fill in the server, database, user and files folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the folder for the team&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerritoryDialog</name>
    <message>
        <location filename="../ui/dialogs/TerritoryDialog.cpp" line="+18"/>
        <source>Score the distance from a home location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads in the kinds of business you build sites for score up to 20 points more, and leads near you up to 10. Saving scores every lead again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bakery, florist, hairdresser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source> km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Kinds of business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Territory saved; every lead is being scored again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../ui/TrayNotifier.cpp" line="+22"/>
        <source>Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Deadline near: %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n proposals near their deadline</source>
        <translation>
            <numerusform>%n proposals near their deadline</numerusform>
            <numerusform>%n proposals near their deadline</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — at the deadline it is %2 by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HIGH risk: a decision is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n HIGH-risk proposals need a decision</source>
        <translation>
            <numerusform>%n HIGH-risk proposals need a decision</numerusform>
            <numerusform>%n HIGH-risk proposals need a decision</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>MEDIUM risk, ran on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n MEDIUM-risk actions ran on their own</source>
        <translation>
            <numerusform>%n MEDIUM-risk actions ran on their own</numerusform>
            <numerusform>%n MEDIUM-risk actions ran on their own</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2). It is in the Activity timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n alerts need attention</source>
        <translation>
            <numerusform>%n alert needs attention</numerusform>
            <numerusform>%n alerts need attention</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settings → Autopilot lists it until it is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../ui/widgets/TrendChart.cpp" line="+40"/>
        <source>No revenue recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue and profit per day appear here once sales figures are in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoToast</name>
    <message>
        <location filename="../ui/widgets/UndoToast.cpp" line="+25"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the decision back before its work starts (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%1 It starts in %n s unless you undo it.</source>
        <translation>
            <numerusform>%1 It starts in %n s unless you undo it.</numerusform>
            <numerusform>%1 It starts in %n s unless you undo it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <location filename="../services/users/Users.cpp" line="-126"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Only an owner can add users or change roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the user a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is the only owner; make someone else owner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1&apos;s profile is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viewers can look but not decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only these roles may decide this: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody decides their own proposal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../ui/settings/UsersPage.cpp" line="+30"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Owners decide anything and manage users, rules and the emergency stop. Approvers decide what the rules let them. Viewers see everything and change nothing. Nobody decides their own proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name, as the person signs in (their account name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Changes take effect at once and are in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an owner adds users or changes roles; you are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariantsModel</name>
    <message>
        <location filename="../models/VariantsModel.cpp" line="+84"/>
        <source>The compare-at price the store shows struck through beside the price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On sale from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On sale until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On sale from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sale price the store charges instead of the regular price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The store does not track this variant&apos;s stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the store export had it when it was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What each connected store has now, as its last sync read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connected store has this SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Was / sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Was</source>
        <comment>a compare-at price</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <location filename="../models/ContentModels.cpp" line="+90"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did not match the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Failed the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below the pass marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writer agreed with the problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Being checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Instruction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edited by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run %1, attempt %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempt %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisualActions</name>
    <message>
        <location filename="../services/visuals/VisualActions.cpp" line="+95"/>
        <source>%1 is not a picture of at least 32 × 32 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot keep the logo in the workspace (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The visual was made again since you looked at it: look at the new one first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisualFormats</name>
    <message>
        <location filename="../services/visuals/VisualFormats.cpp" line="+49"/>
        <source>Square %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portrait %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Story %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Landscape %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pin %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisualGuards</name>
    <message>
        <location filename="../services/visuals/VisualGuards.cpp" line="+91"/>
        <location line="+42"/>
        <location line="+169"/>
        <source>No text on the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-200"/>
        <source>At most %1% of a text lies over the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1% of a text lies over the product; at most %2% may</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Text and logo lie inside the area the platform leaves free</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n element(s) reach into the edge the platform covers with its own buttons</source>
        <translation>
            <numerusform>%n element reach into the edge the platform covers with its own buttons</numerusform>
            <numerusform>%n elements reach into the edge the platform covers with its own buttons</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Contrast %1 at the weakest text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contrast %1 where %2:1 is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The logo is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No logo is asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the logo is covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the logo is outside its corner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the logo is %1% of the width; %2–%3% is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The logo is in its corner at %1% of the width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 × %2 pixels, the format&apos;s ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 × %2 pixels is %3:1; the format needs %4:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No brand colours are set for the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The main colours are ΔE %1 from the brand&apos;s on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The main colours are ΔE %1 from the brand&apos;s; at most %2 is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The smallest text is %1 px at %2 × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of %1 px at %2 × %3; at least %4 px is readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Text over the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safe margins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aspect ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brand colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisualGuardsModel</name>
    <message>
        <location filename="../models/VisualsModel.cpp" line="+25"/>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Guard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisualReviewDialog</name>
    <message>
        <location filename="../ui/dialogs/VisualReviewDialog.cpp" line="+85"/>
        <source>Actual &amp;size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visuals of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The visual as the platform gets it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the picture pixel for pixel, as the platform gets it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the guards found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your verdict: this visual is fine as it is (kept with it and in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your verdict: this visual is not fit to use (kept with it and in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Before this picture: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 × %3 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisualRun</name>
    <message>
        <location filename="../services/visuals/VisualRun.cpp" line="+71"/>
        <source>The product was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No image provider is set up for making pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No provider made the picture: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The picture %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the logo %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Try %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n visual(s) ready</source>
        <translation>
            <numerusform>%n visual ready</numerusform>
            <numerusform>%n visuals ready</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ready, %2 for a person to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the picture came from the cache (no provider was paid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the picture came from the next provider after: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisualsModel</name>
    <message>
        <location filename="../models/VisualsModel.cpp" line="-183"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>All %n guard(s) passed</source>
        <translation>
            <numerusform>All %n guard passed</numerusform>
            <numerusform>All %n guards passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every guard passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Visual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisualsPage</name>
    <message>
        <location filename="../ui/settings/VisualsPage.cpp" line="+40"/>
        <source>Add colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+198"/>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the product visuals look and how they are checked: the shop&apos;s colours and logo, which image provider makes the pictures, and how strict the guards are. A change counts for the visuals made after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Brand colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo (bottom right of every visual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>Image providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>No image provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No provider is in the chain that makes pictures, so no visual can be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Least quality that will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Good enough from quality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tried in this order (it follows your marks once saved): the cheapest good enough first, then by quality; one that is down or sends no usable picture hands over to the next. A picture made for the same prompt is never paid for again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Guards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Least text contrast (WCAG AA is 4.5:1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most distance from the brand colours (ΔE 2000):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most of a headline over the product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Saved. The next visuals you make use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visual settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A brand colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The shop&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not a picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisualsTab</name>
    <message>
        <location filename="../ui/panes/VisualsTab.cpp" line="+30"/>
        <source>&amp;Make visuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Headline on the picture (the product&apos;s name if empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have an image provider make one picture of the product (the same picture is never paid for twice), crop it for each platform&apos;s format with the product in frame, lay out the headline and the logo, and check each with the seven guards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Headline colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic picks the colour that reads best on each picture. A colour you choose is laid out as asked first; if the guards find it hard to read, the next try puts it on a plate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Visuals by format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No visuals yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make visuals turns one picture of the product into one for each platform&apos;s format, each checked by seven guards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each format at full resolution with what its guards found; approve or reject it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Making the visuals: the picture, then each format and its guards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last try made no visuals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>every guard passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before that: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Making the visuals of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceDistance</name>
    <message>
        <location filename="../services/pipeline/VoiceDistance.cpp" line="+70"/>
        <source>Sentences average %1 words; the brand&apos;s average %2, most between %3 and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Addresses the reader as “je”; the brand says “u”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses the reader as “u”; the brand says “je”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speaks to the reader directly; the brand&apos;s texts do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never addresses the reader; the brand speaks to them directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Speaks as “I”; the brand speaks as “we”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speaks as “we”; the brand speaks as “I”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Uses %n exclamation mark(s); the brand uses none.</source>
        <translation>
            <numerusform>Uses %n exclamation mark; the brand uses none.</numerusform>
            <numerusform>Uses %n exclamation marks; the brand uses none.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exclamation marks end %1 % of its sentences; the brand&apos;s %2 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Uses emoji; the brand never does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Harder to read than the brand (reading ease %1; the brand&apos;s %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simpler than the brand writes (reading ease %1; the brand&apos;s %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Says %1, which the brand never does.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceExamplesDialog</name>
    <message>
        <location filename="../ui/dialogs/VoiceExamplesDialog.cpp" line="+19"/>
        <source>Measure the voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use as the brand voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learn the brand voice from examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste %1 to %2 texts the brand has written — product descriptions, newsletters, posts — with a line of three dashes (---) or a blank line between them. Quorum measures how they are written and says it in words; edit the words before you use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The voice, in words, appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <location line="+11"/>
        <source>%n text(s)</source>
        <translation>
            <numerusform>%n text</numerusform>
            <numerusform>%n texts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoiceProfile</name>
    <message numerus="yes">
        <location filename="../services/pipeline/VoiceProfile.cpp" line="+111"/>
        <source>Paste at least %1 texts the brand has written (there are %n); one text is not a voice.</source>
        <translation>
            <numerusform>Paste at least %1 texts the brand has written (there is %n); one text is not a voice.</numerusform>
            <numerusform>Paste at least %1 texts the brand has written (there are %n); one text is not a voice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Paste at most %1 texts (there are %n): choose the ones that sound most like the brand.</source>
        <translation>
            <numerusform>Paste at most %1 texts (there is %n): choose the ones that sound most like the brand.</numerusform>
            <numerusform>Paste at most %1 texts (there are %n): choose the ones that sound most like the brand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The texts hold %n words in all; a voice needs at least 150 to be measured.</source>
        <translation>
            <numerusform>The texts hold %n word in all; a voice needs at least 150 to be measured.</numerusform>
            <numerusform>The texts hold %n words in all; a voice needs at least 150 to be measured.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Short sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium-length sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 words on average, most between %3 and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Does not address the reader directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addresses the reader formally, as “u”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addresses the reader informally, as “je”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaks to the reader as “you”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaks as “we”: the shop, not one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaks as “I”: one person, the maker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not speak of itself: no “we” or “I”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No exclamation marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Exclamation marks: %1 of %n sentences.</source>
        <translation>
            <numerusform>Exclamation marks: %1 of %n sentence.</numerusform>
            <numerusform>Exclamation marks: %1 of %n sentences.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Asks the reader a question now and then (%1 of %n sentences).</source>
        <translation>
            <numerusform>Asks the reader a question now and then (%1 of %n sentence).</numerusform>
            <numerusform>Asks the reader a question now and then (%1 of %n sentences).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No emoji.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Emoji: %n in all the examples.</source>
        <translation>
            <numerusform>Emoji: %n in all the examples.</numerusform>
            <numerusform>Emoji: %n in all the examples.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Easy to read (reading ease %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fairly easy to read (reading ease %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demanding to read (reading ease %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words it keeps using: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never says: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Often opens with %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="+15"/>
        <location line="+4"/>
        <source>Welcome to Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quorum runs your shop&apos;s listings, campaigns and agents, and asks you when it matters. A workspace is a folder that keeps your products, decisions and generated sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Explore the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sample shop with products in every stage, approvals waiting and campaigns running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a new workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start empty in a folder you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open an existing workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pick a folder that holds quorum.db (or a team&apos;s team.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join a team workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your team&apos;s workspace on a PostgreSQL server: one queue and one set of approvals for every desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WooCommerceClient</name>
    <message>
        <location filename="../services/commerce/WooCommerceClient.cpp" line="+70"/>
        <source>(the address does not serve the WooCommerce REST API: check the store URL and that WooCommerce is active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+244"/>
        <source>the list answer is not a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordPressClient</name>
    <message>
        <location filename="../services/commerce/WordPressClient.cpp" line="+78"/>
        <source>(WordPress did not see the credentials: the server may strip the Authorization header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 does not look like a WordPress site: it announces no REST API (no Link rel=&quot;https://api.w.org/&quot; header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the site answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../services/storage/Workspace.cpp" line="+27"/>
        <source>%1 is a file, not a folder. Choose a folder for the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+53"/>
        <source>Cannot create the folder %1. Check that it is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Cannot reach the team workspace&apos;s database server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open the workspace database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 does not name a team workspace&apos;s server (expected {&quot;server&quot;: &quot;postgresql://user@host:5432/database&quot;}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a postgresql:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceMigration</name>
    <message>
        <location filename="../services/server/WorkspaceMigration.cpp" line="+128"/>
        <source>Copying %1 (rows %2 to %3) failed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The copy differs from the workspace: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audit trail on the server does not verify at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The audit trail on the server does not end where the workspace&apos;s does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 is a team workspace on %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a team workspace on %2 already, and keeps no SQLite database to compare it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a Quorum workspace (it has no quorum.db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 exists already: move it away first, it is where the SQLite database is kept after the move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quorum is working on this workspace (%1 on %2, pid %3): stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot make the schema on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds another workspace (copied from %2): choose an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not hold this workspace&apos;s copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds another workspace: choose an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot rename %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceSession</name>
    <message>
        <location filename="../app/WorkspaceSession.cpp" line="+191"/>
        <source>Cannot prepare the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The demo&apos;s sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+327"/>
        <source>No AI provider is set up to write. Add one in Settings → Providers (or open the demo workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No AI provider is set up to review. Two different models must agree: add a second provider in Settings → Providers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceStatusBar</name>
    <message>
        <location filename="../ui/WorkspaceStatusBar.cpp" line="+39"/>
        <source>Pause the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emergency stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Workspace: %1 — demo data, served by the local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n pending approval(s)</source>
        <translation>
            <numerusform>%n pending approval</numerusform>
            <numerusform>%n pending approvals</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the approvals queue (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n expiring soon</source>
        <translation>
            <numerusform>%n expiring soon</numerusform>
            <numerusform>%n expiring soon</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposals whose deadline is near; at the deadline the rule&apos;s default applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Offline · %n waiting to publish</source>
        <translation>
            <numerusform>Offline · %n waiting to publish</numerusform>
            <numerusform>Offline · %n waiting to publish</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n waiting to publish</source>
        <translation>
            <numerusform>%n waiting to publish</numerusform>
            <numerusform>%n waiting to publish</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network is down: publishing waits and starts again, in order, when it is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish jobs in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The team server answers again: everything was read afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n decision(s) kept here</source>
        <translation>
            <numerusform>%n decision kept here</numerusform>
            <numerusform>%n decisions kept here</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team server unreachable · read-only · trying again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sending kept decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quorum cannot reach the team&apos;s database server %1. What you see is what it read last; changes cannot be saved until it answers again, but approvals and rejections are kept on this computer and reach the team, once each, when it does. Quorum tries every two seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The approvals and rejections kept on this computer while the team&apos;s database server was away are being sent, once each. One that someone else decided meanwhile, or that is no longer allowed, is not applied, and Quorum says which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions are recorded as %1. File → Switch user… to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pipeline: %1 running, %2 queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline: idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Pipeline paused · %n queued</source>
        <translation>
            <numerusform>Pipeline paused · %n queued</numerusform>
            <numerusform>Pipeline paused · %n queued</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EMERGENCY STOP: no agent acts until an owner resumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pause, resume or stop the pipeline (Pipeline menu)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+83"/>
        <source>Quorum cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
