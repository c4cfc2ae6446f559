#pragma once

#include <QString>

// Which of the store's orders a campaign brought, as the store recorded the visit (UTM parameters): the
// order is paid, its utm_campaign is the campaign's id on the platform, or its name when no other campaign
// has that name (case aside), its utm_source is one of the platform's (or none), and it is in the
// campaign's currency. One condition on an order `o` and a campaign `c`, for the queries that count them.
namespace CampaignOrders
{
QString matches();
} // namespace CampaignOrders
