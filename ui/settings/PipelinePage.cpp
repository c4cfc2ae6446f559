#include "PipelinePage.h"

#include "llm/LlmTypes.h"
#include "pipeline/ContentSpec.h"
#include "pipeline/PipelineSettings.h"
#include "widgets/ReadOnlyNote.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PipelinePage::PipelinePage(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_workers(new QSpinBox(this))
    , m_perWorker(new QSpinBox(this))
    , m_attempts(new QSpinBox(this))
    , m_budget(new QDoubleSpinBox(this))
    , m_prices(new QTableWidget(0, 4, this))
    , m_save(new QPushButton(tr("Save"), this))
{
    setObjectName(u"pipelinePage"_s);
    m_workers->setObjectName(u"pipelineWorkers"_s);
    m_workers->setRange(1, 32);
    m_workers->setToolTip(tr("Worker threads. Each has its own database connection and network manager."));
    m_perWorker->setRange(1, 64);
    m_perWorker->setToolTip(tr("Products one worker writes at once; their calls run side by side."));
    m_attempts->setRange(1, 10);
    m_budget->setObjectName(u"pipelineBudget"_s);
    m_budget->setRange(0, 100'000);
    m_budget->setDecimals(2);
    m_budget->setPrefix(u"$ "_s);
    m_budget->setSpecialValueText(tr("No budget"));
    m_save->setObjectName(u"pipelineSave"_s);
    m_save->setProperty("primary", true);

    auto* pool = new QGroupBox(tr("Workers"), this);
    auto* poolForm = new QFormLayout(pool);
    poolForm->addRow(tr("Worker threads"), m_workers);
    poolForm->addRow(tr("Products per worker"), m_perWorker);
    auto* gate = new QGroupBox(tr("Agreement gate"), this);
    auto* gateForm = new QFormLayout(gate);
    for (const QString& score : ContentSpec::scoreNames()) {
        auto* box = new QSpinBox(gate);
        box->setObjectName(u"mark_"_s + score);
        box->setRange(0, 100);
        m_marks.insert(score, box);
        gateForm->addRow(tr("%1 at least").arg(ContentSpec::scoreDisplayName(score)), box);
    }
    gateForm->addRow(tr("Attempts before a person decides"), m_attempts);
    auto* budget = new QGroupBox(tr("AI budget and prices"), this);
    auto* budgetLayout = new QVBoxLayout(budget);
    auto* budgetForm = new QFormLayout;
    budgetForm->addRow(tr("Daily budget"), m_budget);
    budgetLayout->addLayout(budgetForm);
    auto* budgetHint = new QLabel(tr("Checked before every call: a call that could exceed it is not sent. Prices are "
                                     "dollars per million tokens."),
        budget);
    budgetHint->setWordWrap(true);
    budgetHint->setProperty("role", u"subtitle"_s);
    budgetLayout->addWidget(budgetHint);
    m_prices->setObjectName(u"pipelinePrices"_s);
    m_prices->setHorizontalHeaderLabels({tr("API"), tr("Model"), tr("Input $/M"), tr("Output $/M")});
    m_prices->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_prices->verticalHeader()->hide();
    m_prices->setMinimumHeight(150);
    budgetLayout->addWidget(m_prices);

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(pool);
    left->addWidget(gate);
    left->addStretch();
    columns->addLayout(left, 2);
    columns->addWidget(budget, 3);
    auto* note = new ReadOnlyNote(
        context.user, [settings = context.pipelineSettings] { return settings->whyNot(); }, this);
    note->guard({m_save});
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(note, 1);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(columns, 1);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &PipelinePage::save);
    load();
}

void PipelinePage::load()
{
    const PipelineSettings::Tuning t = m_context.pipelineSettings->tuning();
    m_workers->setValue(t.pool.workers);
    m_perWorker->setValue(t.pool.jobsPerWorker);
    for (auto it = m_marks.begin(); it != m_marks.end(); ++it)
        it.value()->setValue(t.gate.minScores.value(it.key()));
    m_attempts->setValue(t.gate.maxAttempts);
    m_budget->setValue(static_cast<double>(t.dailyBudgetMicros) / 1e6);
    const PriceTable& prices = t.prices;
    m_prices->setRowCount(static_cast<int>(prices.prices().size()));
    for (int r = 0; r < prices.prices().size(); ++r) {
        const PriceTable::Price& p = prices.prices().at(r);
        auto* kind = new QTableWidgetItem(Llm::kindDisplayName(p.kind));
        kind->setData(Qt::UserRole, p.kind);
        kind->setFlags(kind->flags() & ~Qt::ItemIsEditable);
        auto* model = new QTableWidgetItem(p.model);
        model->setFlags(model->flags() & ~Qt::ItemIsEditable);
        m_prices->setItem(r, 0, kind);
        m_prices->setItem(r, 1, model);
        m_prices->setItem(
            r, 2, new QTableWidgetItem(QString::number(static_cast<double>(p.inputPerMillion) / 1e6, 'f', 2)));
        m_prices->setItem(
            r, 3, new QTableWidgetItem(QString::number(static_cast<double>(p.outputPerMillion) / 1e6, 'f', 2)));
    }
}

bool PipelinePage::save()
{
    PipelineSettings::Tuning t = m_context.pipelineSettings->tuning();
    t.pool.workers = m_workers->value();
    t.pool.jobsPerWorker = m_perWorker->value();
    t.gate = GateSettings{};
    for (auto it = m_marks.begin(); it != m_marks.end(); ++it)
        t.gate.minScores.insert(it.key(), it.value()->value());
    t.gate.maxAttempts = m_attempts->value();
    t.dailyBudgetMicros = qRound64(m_budget->value() * 1e6);
    for (int r = 0; r < m_prices->rowCount(); ++r) {
        PriceTable::Price p
            = t.prices.find(m_prices->item(r, 0)->data(Qt::UserRole).toString(), m_prices->item(r, 1)->text());
        p.kind = m_prices->item(r, 0)->data(Qt::UserRole).toString();
        p.model = m_prices->item(r, 1)->text();
        bool ok1 = false, ok2 = false;
        const double in = m_prices->item(r, 2)->text().toDouble(&ok1);
        const double out = m_prices->item(r, 3)->text().toDouble(&ok2);
        if (!ok1 || !ok2 || in < 0 || out < 0) {
            emit message(tr("The price of %1 is not a number; nothing was saved.").arg(p.model));
            return false;
        }
        p.inputPerMillion = qRound64(in * 1e6);
        p.outputPerMillion = qRound64(out * 1e6);
        t.prices.set(p);
    }
    QString error;
    bool resized = false;
    if (!m_context.pipelineSettings->saveTuning(t, &error, &resized)) {
        emit message(error);
        return false;
    }
    emit message(resized ? tr("Pipeline settings saved; the pool now runs %n worker(s).", nullptr, t.pool.workers)
                         : tr("Pipeline settings saved."));
    return true;
}
