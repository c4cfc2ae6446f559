#include "VisualReviewDialog.h"

#include "Theme.h"
#include "VisualsModel.h"
#include "visuals/VisualActions.h"
#include "visuals/VisualFormats.h"
#include "widgets/Tables.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

VisualView::VisualView(QWidget* parent)
    : QWidget(parent)
{
    setMinimumSize(160, 160);
}

void VisualView::setPicture(const QImage& image, const QList<QRectF>& failed)
{
    m_image = image;
    m_failed = failed;
    setActualSize(m_actual);
}

void VisualView::setActualSize(bool actual)
{
    m_actual = actual;
    if (m_actual && !m_image.isNull()) {
        setFixedSize(m_image.size());
    } else {
        setMinimumSize(160, 160);
        setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    }
    updateGeometry();
    update();
}

QSize VisualView::sizeHint() const
{
    return m_actual && !m_image.isNull() ? m_image.size() : QSize(480, 480);
}

void VisualView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    if (m_image.isNull())
        return;
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.setRenderHint(QPainter::Antialiasing);
    const QSizeF fitted = QSizeF(m_image.size()).scaled(QSizeF(size()), Qt::KeepAspectRatio);
    const QRectF target(QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
    p.drawImage(target, m_image);
    const double k = fitted.width() / m_image.width();
    QPen pen(Theme::Danger, 3);
    pen.setStyle(Qt::DashLine);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    for (const QRectF& r : m_failed)
        p.drawRect(QRectF(target.x() + r.x() * k, target.y() + r.y() * k, r.width() * k, r.height() * k)
                       .adjusted(1.5, 1.5, -1.5, -1.5));
}

VisualReviewDialog::VisualReviewDialog(
    VisualsModel* model, VisualActions* actions, const QString& productName, int row, QWidget* parent)
    : QDialog(parent)
    , m_model(model)
    , m_actions(actions)
    , m_guardModel(new VisualGuardsModel(this))
    , m_list(new QListView(this))
    , m_view(new VisualView)
    , m_scroll(new QScrollArea(this))
    , m_actual(new QCheckBox(tr("Actual &size"), this))
    , m_size(new QLabel(this))
    , m_earlier(new QLabel(this))
    , m_guards(Tables::compact(m_guardModel, this, u"visualGuards"_s))
    , m_approve(new QPushButton(tr("&Approve"), this))
    , m_reject(new QPushButton(tr("Re&ject"), this))
{
    setObjectName(u"visualReview"_s);
    setWindowTitle(tr("Visuals of %1").arg(productName));
    m_list->setModel(m_model);
    m_list->setModelColumn(VisualsModel::Caption);
    m_list->setIconSize(QSize(64, 64));
    m_list->setSpacing(4);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Formats"));
    m_list->setMinimumWidth(250);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setAccessibleName(tr("The visual as the platform gets it"));
    m_actual->setToolTip(tr("Show the picture pixel for pixel, as the platform gets it"));
    m_size->setProperty("role", u"subtitle"_s);
    connect(m_actual, &QCheckBox::toggled, this, [this](bool on) {
        m_scroll->setWidgetResizable(!on);
        m_view->setActualSize(on);
    });

    m_guards->horizontalHeader()->setSectionResizeMode(VisualGuardsModel::Guard, QHeaderView::ResizeToContents);
    m_guards->horizontalHeader()->setSectionResizeMode(VisualGuardsModel::Result, QHeaderView::ResizeToContents);
    m_guards->horizontalHeader()->setStretchLastSection(true);
    m_guards->setAccessibleName(tr("What the guards found"));
    m_guards->setFixedHeight(Tables::heightForRows(m_guards, VisualGuards::kGuards));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_actual);
    bar->addWidget(m_size, 1);
    bar->addWidget(m_reject);
    bar->addWidget(m_approve);
    m_approve->setToolTip(tr("Your verdict: this visual is fine as it is (kept with it and in the audit trail)"));
    m_reject->setToolTip(tr("Your verdict: this visual is not fit to use (kept with it and in the audit trail)"));
    if (const QString why = m_actions->whyNot(); !why.isEmpty()) {
        m_approve->setToolTip(why);
        m_reject->setToolTip(why);
    }

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_scroll, 1);
    rightLayout->addLayout(bar);
    rightLayout->addWidget(m_guards);
    rightLayout->addWidget(m_earlier);
    m_earlier->setWordWrap(true);
    m_earlier->setTextFormat(Qt::PlainText);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({260, 800});

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(close);

    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &VisualReviewDialog::currentChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &VisualReviewDialog::currentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0, VisualsModel::Caption));
        currentChanged();
    });
    if (row >= 0 && row < m_model->rowCount())
        m_list->setCurrentIndex(m_model->index(row, VisualsModel::Caption));
    currentChanged();
    resize(1120, 700);
}

void VisualReviewDialog::currentChanged()
{
    const QModelIndex current = m_list->currentIndex();
    const bool has = current.isValid();
    const auto v = has ? m_model->visualAt(current.row()) : VisualStore::Visual{};
    QList<QRectF> failed;
    for (const auto& r : v.guards)
        if (!r.passed)
            failed += r.where;
    // The picture as saved (what the platform gets), at full resolution.
    QImageReader reader(v.path);
    const QImage picture = has ? reader.read() : QImage();
    m_view->setPicture(picture, failed);
    m_guardModel->setResults(v.guards);
    m_earlier->setText(v.earlier.isEmpty() ? QString() : tr("Before this picture: %1").arg(v.earlier.join(u"; "_s)));
    m_earlier->setVisible(!v.earlier.isEmpty());
    m_size->setText(has ? tr("%1 · %2 × %3 pixels")
                              .arg(VisualFormats::displayName(v.format))
                              .arg(picture.width())
                              .arg(picture.height())
                        : QString());
    const bool mayChange = m_actions->whyNot().isEmpty();
    m_approve->setEnabled(has && mayChange && v.status != u"approved");
    m_reject->setEnabled(has && mayChange && v.status != u"rejected");
    m_actual->setEnabled(has);
}

void VisualReviewDialog::decide(bool approve)
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const auto v = m_model->visualAt(current.row());
    QString error;
    if (!m_actions->decide(v, approve, &error)) {
        emit message(error);
        return;
    }
    emit message(approve ? tr("%1 approved.").arg(VisualFormats::displayName(v.format))
                         : tr("%1 rejected.").arg(VisualFormats::displayName(v.format)));
    m_model->reload();
    // On to the next one waiting for a verdict.
    for (int r = 1; r <= m_model->rowCount(); ++r) {
        const int next = (current.row() + r) % m_model->rowCount();
        const QString status = m_model->visualAt(next).status;
        if (status == u"ready" || status == u"review") {
            m_list->setCurrentIndex(m_model->index(next, VisualsModel::Caption));
            return;
        }
    }
    currentChanged();
}
