#include "VisualsTab.h"

#include "VisualsModel.h"
#include "core/EventBus.h"
#include "dialogs/VisualReviewDialog.h"
#include "visuals/VisualActions.h"
#include "visuals/VisualFormats.h"
#include "widgets/EmptyState.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

VisualsTab::VisualsTab(const UiContext& context, VisualActions* actions, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_actions(actions)
    , m_model(new VisualsModel(actions, this))
    , m_status(new QLabel(this))
    , m_headline(new QLineEdit(this))
    , m_color(new QComboBox(this))
    , m_make(new QPushButton(tr("&Make visuals"), this))
    , m_list(new QListView(this))
    , m_findings(new QLabel(this))
    , m_review(new QPushButton(tr("&Review…"), this))
{
    setObjectName(u"visualsTab"_s);
    m_status->setWordWrap(true);
    m_status->setProperty("role", u"subtitle"_s);
    m_headline->setPlaceholderText(tr("Headline on the picture (the product's name if empty)"));
    m_headline->setMaxLength(80);
    m_headline->setClearButtonEnabled(true);
    m_headline->setAccessibleName(tr("Headline"));
    m_make->setToolTip(tr("Have an image provider make one picture of the product (the same picture is never paid "
                          "for twice), crop it for each platform's format with the product in frame, lay out the "
                          "headline and the logo, and check each with the seven guards"));
    m_color->setAccessibleName(tr("Headline colour"));
    m_color->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_color->setMinimumContentsLength(11);
    m_color->setToolTip(tr("Automatic picks the colour that reads best on each picture. A colour you choose is laid "
                           "out as asked first; if the guards find it hard to read, the next try puts it on a plate."));
    auto* top = new QHBoxLayout;
    top->addWidget(m_headline, 1);
    top->addWidget(m_color);
    top->addWidget(m_make);

    // A strip of the formats: thumbnail, format, state.
    m_list->setModel(m_model);
    m_list->setModelColumn(VisualsModel::Caption);
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(96, 96));
    m_list->setGridSize(QSize(128, 150));
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(false);
    m_list->setMovement(QListView::Static);
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Visuals by format"));
    m_list->setMinimumHeight(172);
    m_list->setMaximumHeight(172);
    m_empty = EmptyState::attach(m_list, tr("No visuals yet"),
        tr("Make visuals turns one picture of the product into one for each platform's format, each checked by "
           "seven guards."));
    m_findings->setWordWrap(true);
    m_findings->setTextFormat(Qt::PlainText);
    m_review->setToolTip(tr("Each format at full resolution with what its guards found; approve or reject it there"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_findings, 1);
    bottom->addWidget(m_review, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_list);
    layout->addLayout(bottom);
    layout->addStretch(1);

    connect(m_make, &QPushButton::clicked, this, &VisualsTab::make);
    connect(m_headline, &QLineEdit::returnPressed, this, &VisualsTab::make);
    connect(m_review, &QPushButton::clicked, this, &VisualsTab::review);
    connect(m_list, &QListView::activated, this, &VisualsTab::review);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &VisualsTab::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0 && !m_list->currentIndex().isValid())
            m_list->setCurrentIndex(m_model->index(0, VisualsModel::Caption));
        selectionChanged();
    });
    if (m_context.bus)
        connect(m_context.bus, &EventBus::changed, this, [this](EventBus::Topic topic, const QList<qint64>& ids) {
            if (topic == EventBus::Topic::Products && (ids.isEmpty() || ids.contains(m_productId)))
                refresh();
        });
    if (const QString why = m_actions->whyNot(); !why.isEmpty())
        m_make->setToolTip(why);
    selectionChanged();
}

void VisualsTab::fillColors()
{
    const QColor chosen = m_color->currentData().value<QColor>();
    m_color->clear();
    m_color->addItem(tr("Automatic"), QColor());
    for (const QColor& c : m_actions->headlineColors()) {
        QPixmap swatch(14, 14);
        swatch.fill(c);
        m_color->addItem(QIcon(swatch), c.name().toUpper(), c);
    }
    m_color->setCurrentIndex(std::max(0, m_color->findData(chosen)));
}

void VisualsTab::setProduct(qint64 productId, const QString& productName)
{
    fillColors();
    const bool same = productId == m_productId;
    m_productId = productId;
    m_productName = productName;
    if (!same) {
        m_headline->clear();
        m_model->setProduct(productId);
        if (m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0, VisualsModel::Caption));
    } else {
        m_model->reload();
    }
    updateStatus();
    selectionChanged();
}

void VisualsTab::refresh()
{
    if (m_productId <= 0)
        return;
    m_model->reload();
    updateStatus();
    selectionChanged();
}

void VisualsTab::updateStatus()
{
    const VisualActions::Progress p = m_actions->progress(m_productId);
    m_make->setEnabled(m_actions->whyNot().isEmpty() && !p.busy && m_productId > 0);
    if (p.busy)
        m_status->setText(tr("Making the visuals: the picture, then each format and its guards…"));
    else if (!p.problem.isEmpty())
        m_status->setText(tr("The last try made no visuals: %1").arg(p.problem));
    else
        m_status->setText(p.note);
    m_status->setVisible(!m_status->text().isEmpty());
}

void VisualsTab::selectionChanged()
{
    const QModelIndex current = m_list->currentIndex();
    m_review->setEnabled(current.isValid());
    if (!current.isValid()) {
        m_findings->clear();
        return;
    }
    const auto v = m_model->visualAt(current.row());
    const QStringList failed = VisualGuards::failures(v.guards);
    QString text = VisualFormats::displayName(v.format) + u": "_s
        + (failed.isEmpty() ? tr("every guard passed.") : failed.join(u"; "_s));
    // What the guards caught on the tries before (a headline colour that did not read, say).
    if (!v.earlier.isEmpty())
        text += u"\n"_s + tr("Before that: %1").arg(v.earlier.join(u"; "_s));
    m_findings->setText(text);
}

void VisualsTab::review()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    auto* dialog = new VisualReviewDialog(m_model, m_actions, m_productName, current.row(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &VisualReviewDialog::message, this, &VisualsTab::message);
    dialog->open();
}

void VisualsTab::make()
{
    if (m_productId <= 0 || !m_make->isEnabled())
        return;
    QString error;
    if (!m_actions->make(m_productId, m_headline->text().trimmed(), m_color->currentData().value<QColor>(), &error)) {
        emit message(error);
        return;
    }
    emit message(tr("Making the visuals of %1.").arg(m_productName));
    updateStatus();
}
