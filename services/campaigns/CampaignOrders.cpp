#include "CampaignOrders.h"

using namespace Qt::StringLiterals;

namespace CampaignOrders
{

QString matches()
{
    return u"o.utm_campaign <> '' AND lower(o.utm_campaign) IN (lower(c.external_id), CASE WHEN (SELECT COUNT(*) "
           u"FROM campaigns n WHERE lower(n.name) = lower(c.name)) = 1 THEN lower(c.name) END) AND o.paid = 1 AND "
           u"o.shop_currency = c.currency AND (o.utm_source = '' OR CASE WHEN lower(o.utm_source) IN ('facebook', "
           u"'fb', 'instagram', 'ig', 'meta', 'messenger', 'an', 'audience_network') THEN 'meta' WHEN "
           u"lower(o.utm_source) IN ('google', 'adwords', 'youtube') THEN 'google' WHEN lower(o.utm_source) IN "
           u"('tiktok', 'tiktok_ads') THEN 'tiktok' ELSE '' END = c.platform)"_s;
}

} // namespace CampaignOrders
