#pragma once

#include "agents/Agent.h"

#include <QList>
#include <QString>

// SEO (marketing cluster): finds products in the store whose content no longer holds up, and proposes taking
// them back to work (a content refresh: every piece checked again against the facts and the gate, the writer
// rewriting what fails; publishing the new words is approved separately). Daily, no AI call.
//
// A product qualifies when it is published or live, not archived, not being worked on or published, and either
//  - the deterministic checks of the agreement gate, run now on its accepted pieces against today's facts and
//    brand profile, find a problem (a price, size, number or material the facts no longer support, a banned
//    word added since, a length or platform limit) that they did not find when the piece was accepted (a
//    person may accept a piece the checks failed): confidence 1, the checks are not a model's opinion; or
//  - the reviewer's SEO score of its content is below the SEO score the gate asks now (the bar was raised
//    after it was accepted): confidence ½, whether a rewrite ranks better is not measured.
// Nothing for a product with a refresh waiting or decided in the last QuietDays; at most MaxProposals a run,
// the most problems first. Traffic is not read: no source of page views or search rankings is connected,
// and the agent says so instead of guessing.
class SeoAgent final : public Agent
{
public:
    static constexpr const char* Name = "SEO";
    static constexpr int QuietDays = 14;
    static constexpr int MaxProposals = 5;
    static constexpr int ShownFindings = 4; // different problems said in a proposal; the rest counted

    struct Finding
    {
        QString kind; // the piece
        QString message;
    };
    struct Product
    {
        qint64 id = 0;
        QString name;
        QString sku;
        QList<Finding> findings;
        int seoScore = -1; // -1: not scored
        int seoBar = 0;
        bool belowBar() const { return seoScore >= 0 && seoScore < seoBar; }
    };
    // The products in the store whose content fails today's checks or bar, the most problems first.
    // Throws SqlError.
    static QList<Product> read(const QSqlDatabase& db, qint64 now, int* inStore = nullptr);

    Spec spec() const override;
    Outcome run(const QSqlDatabase& db, qint64 now) const override;
};
