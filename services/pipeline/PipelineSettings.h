#pragma once

#include "BrandProfile.h"
#include "GateSettings.h"
#include "PromptTemplates.h"
#include "jobs/RunControl.h"
#include "resilience/Pricing.h"
#include "users/ChangeDoor.h"

class ApiRuntime;
class WorkerPool;

// How the content pipeline works, as a person changes it in Settings: the brand profile, the prompt
// templates (versioned), and the tuning (the gate's pass marks and attempts, the worker pool, the
// price table and the daily AI budget). Reads are direct; every change goes through the change door
// (owners only, audited, the views told) and takes effect at once (prices and budget in the
// shared runtime, a resized worker pool).
class PipelineSettings
{
public:
    PipelineSettings(const ChangeDoor& door, WorkerPool* pool, ApiRuntime* runtime);

    QString whyNot() const { return m_door.whyNot(); }

    BrandProfile brand() const;
    bool saveBrand(const BrandProfile& brand, QString* error);

    struct Tuning
    {
        PoolSettings pool;
        GateSettings gate;
        PriceTable prices;
        qint64 dailyBudgetMicros = 0; // 0: no budget
    };
    Tuning tuning() const;
    // resized: whether the worker pool was restarted with a new size.
    bool saveTuning(const Tuning& tuning, QString* error, bool* resized = nullptr);

    QList<PromptTemplates::Template> promptHistory(const QString& name) const;
    // Each version's record in the gate (PromptTemplates::records); empty for the shared templates.
    QHash<int, PromptTemplates::Record> promptRecords(const QString& name) const;
    // Stores a new version of a template; returns its number, or 0 with *error.
    int savePrompt(const QString& name, const QString& body, QString* error);
    // A trial of prompts: body is saved as a new version that writes sharePct % of the runs beside the version in
    // use (audited); returns the new version, or 0 with *error.
    int startPromptTrial(const QString& name, const QString& body, int sharePct, QString* error);
    PromptTemplates::Trial promptTrial(const QString& name) const;
    PromptTemplates::TrialVerdict promptTrialVerdict(const QString& name) const;
    // Ends the trial keeping one of its two versions for every run (the control's text is saved as the newest
    // version when it is the one kept; history is never rewritten).
    bool endPromptTrial(const QString& name, int keepVersion, QString* error);
    // Products to preview a prompt with (id, name), by name.
    QList<std::pair<qint64, QString>> previewProducts(int limit = 500) const;
    // The prompt as the models would receive it for this product and piece ("SYSTEM … USER …").
    QString preview(const QString& name, const QString& body, qint64 productId, const QString& kind) const;

private:
    ChangeDoor m_door;
    WorkerPool* m_pool;
    ApiRuntime* m_runtime;
};
