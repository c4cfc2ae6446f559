#pragma once

#include "PromptReader.h"

#include <QMap>
#include <QString>
#include <QStringList>

// The sandbox writer's phrase bank: sentence templates by topic, in English and in Dutch.
//
// A template names the facts it needs as slots ({name}, {material}, {price}, {sizes}, {audience},
// {colour}, {thing}, ...); one whose slots the facts cannot fill is never used, so every sentence is
// built from what the product really is. [a|b] picks one alternative, so the same template reads
// differently across products and seeds. FAQ entries are "question || answer". Templates hold no
// numbers, units, materials or superlatives of their own: whatever the copy states comes from the
// facts, and the deterministic checks never trip over filler.
//
// Topics (the same keys in every language):
//   opening, name_intro, desc, material, material.<wool|linen|wood|ceramic|metal|glass|leather|
//   synthetic|silk|generic>, colour, colours, sizes, size_single, fit, audience, price, value,
//   usage.<apparel|home|beauty|outdoor|tech|generic>, care.<family>, care_item.<family>,
//   warning.<family>, durability, design, everyday, values, detail, moment, combo, service, gift, sustainability,
//   care_sustainability, comfort,
//   tone.<playful|formal|warm|plain>, closing, choosing, blog_intro, blog_bridge, blog_title, excerpt,
//   greeting, email_lead, email_intro, email_cta, signoff, subject, preheader, social_hook, social_cta,
//   social_cta.instagram, linkedin,
//   meta, meta_extra, seo_title, headline, bullet_extra, label.<fact>, attr.<dimensions|volume|weight|
//   pieces|power|brand|other>, faq.<material|price|audience|audience_none|care|returns|gift|sizes|
//   durability|colour|dimensions|volume|weight|pieces|everyday|shipping>, mention.<np|any|topic|
//   clause>, faq_mention.<np|clause>, fit.<first|middle|last|only>, size_advice, machine_wash,
//   tags.<family>, tags.generic
namespace PhraseBank
{

using Language = PromptReader::Language;
using Bank = QMap<QString, QStringList>;

const Bank& bank(Language language);
// The templates of one topic (empty when the bank has none).
QStringList topic(Language language, const QString& name);

// The two banks, one per file.
Bank english();
Bank dutch();

} // namespace PhraseBank
