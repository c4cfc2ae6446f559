#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

// The agreement gate's settings, stored in the workspace: the reviewer's pass marks and the attempts
// a piece gets before a person decides.
struct GateSettings
{
    QHash<QString, int> minScores; // quality, seo, brand_voice, factual_accuracy, compliance
    int maxAttempts = 3;
    // A shop with one model may let it review its own work (an owner's explicit choice, with its warning
    // in sight): the fact checks and the rubric still run, but no second model looks.
    bool allowSelfReview = false;

    static GateSettings defaults();
    static GateSettings load(const QSqlDatabase& db);
    // The caller holds the transaction (and writes the audit entry).
    void save(const QSqlDatabase& db) const;
    // Scores below their pass mark, as "quality 84 < 90".
    QStringList failing(const QJsonObject& scores) const;
    // "quality ≥ 90, SEO ≥ 85, …" for prompts.
    QString describe() const;
};
