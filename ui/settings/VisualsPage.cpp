#include "VisualsPage.h"

#include "VisualsModel.h"
#include "visuals/VisualActions.h"
#include "widgets/EmptyState.h"
#include "widgets/Tables.h"

#include <QColorDialog>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace
{
QIcon swatch(const QColor& c)
{
    QPixmap p(28, 28);
    p.fill(c);
    return QIcon(p);
}
} // namespace

VisualsPage::VisualsPage(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_colors(new QListWidget(this))
    , m_addColor(new QPushButton(tr("Add colour…"), this))
    , m_removeColor(new QPushButton(tr("Remove"), this))
    , m_logo(new QLabel(this))
    , m_chooseLogo(new QPushButton(tr("Choose picture…"), this))
    , m_removeLogo(new QPushButton(tr("No logo"), this))
    , m_providerModel(new ImageProvidersModel(this))
    , m_providers(Tables::compact(m_providerModel, this, u"imageProviders"_s))
    , m_minimumQuality(new QSpinBox(this))
    , m_minContrast(new QDoubleSpinBox(this))
    , m_maxDeltaE(new QSpinBox(this))
    , m_maxTextOnProduct(new QSpinBox(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_note(new QLabel(this))
{
    setObjectName(u"visualsPage"_s);
    auto* intro = new QLabel(tr("How the product visuals look and how they are checked: the shop's colours and logo, "
                                "which image provider makes the pictures, and how strict the guards are. A change "
                                "counts for the visuals made after it."),
        this);
    intro->setWordWrap(true);

    // The brand colours: the headline's first choices and what the palette guard measures against.
    // Swatches side by side, each with its hex name under it.
    m_colors->setViewMode(QListView::IconMode);
    m_colors->setIconSize(QSize(28, 28));
    m_colors->setGridSize(QSize(84, 56));
    m_colors->setMovement(QListView::Static);
    m_colors->setResizeMode(QListView::Adjust);
    m_colors->setFixedHeight(60);
    m_colors->setAccessibleName(tr("Brand colours"));
    auto* colors = new QGroupBox(tr("Brand colours"), this);
    auto* colorRow = new QHBoxLayout(colors);
    colorRow->addWidget(m_colors, 1);
    colorRow->addWidget(m_addColor);
    colorRow->addWidget(m_removeColor);

    m_logo->setFixedSize(150, 56);
    m_logo->setAlignment(Qt::AlignCenter);
    m_logo->setAccessibleName(tr("Logo"));
    auto* logo = new QGroupBox(tr("Logo (bottom right of every visual)"), this);
    auto* logoRow = new QHBoxLayout(logo);
    logoRow->addWidget(m_logo);
    logoRow->addStretch(1);
    logoRow->addWidget(m_chooseLogo);
    logoRow->addWidget(m_removeLogo);

    m_providers->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_providers->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_providers->horizontalHeader()->setSectionResizeMode(ImageProvidersModel::Provider, QHeaderView::Stretch);
    m_providers->setAccessibleName(tr("Image providers"));
    m_providers->setFixedHeight(Tables::heightForRows(m_providers, 2));
    EmptyState::attach(m_providers, tr("No image provider"),
        tr("No provider is in the chain that makes pictures, so no visual can be made."));
    m_minimumQuality->setRange(1, 5);
    m_minimumQuality->setAccessibleName(tr("Least quality that will do"));
    auto* providers = new QGroupBox(tr("Image providers"), this);
    auto* providerForm = new QVBoxLayout(providers);
    providerForm->addWidget(m_providers);
    auto* quality = new QFormLayout;
    quality->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    quality->addRow(tr("Good enough from quality:"), m_minimumQuality);
    providerForm->addLayout(quality);
    auto* order = new QLabel(tr("Tried in this order (it follows your marks once saved): the cheapest good enough "
                                "first, then by quality; one that is down or sends no usable picture hands over to the "
                                "next. A picture made for the same prompt is never paid for again."),
        providers);
    order->setWordWrap(true);
    order->setProperty("role", u"subtitle"_s);
    providerForm->addWidget(order);

    m_minContrast->setRange(3.0, 7.0);
    m_minContrast->setSingleStep(0.5);
    m_minContrast->setDecimals(1);
    m_minContrast->setSuffix(u":1"_s);
    m_maxDeltaE->setRange(5, 100);
    m_maxTextOnProduct->setRange(0, 50);
    m_maxTextOnProduct->setSuffix(u" %"_s);
    auto* guards = new QGroupBox(tr("Guards"), this);
    auto* guardForm = new QFormLayout(guards);
    guardForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    guardForm->addRow(tr("Least text contrast (WCAG AA is 4.5:1):"), m_minContrast);
    guardForm->addRow(tr("Most distance from the brand colours (ΔE 2000):"), m_maxDeltaE);
    guardForm->addRow(tr("Most of a headline over the product:"), m_maxTextOnProduct);

    m_save->setObjectName(u"saveVisuals"_s);
    m_note->setWordWrap(true);
    m_note->setProperty("role", u"subtitle"_s);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_note, 1);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(colors);
    layout->addWidget(logo);
    layout->addWidget(providers);
    layout->addWidget(guards);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_addColor, &QPushButton::clicked, this, &VisualsPage::chooseColor);
    connect(m_removeColor, &QPushButton::clicked, this, [this] { delete m_colors->currentItem(); });
    connect(m_chooseLogo, &QPushButton::clicked, this, &VisualsPage::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, [this] {
        m_logoPath.clear();
        showLogo();
    });
    connect(m_save, &QPushButton::clicked, this, &VisualsPage::save);
    load();
}

void VisualsPage::load()
{
    VisualActions* actions = m_context.visuals;
    if (!actions)
        return;
    QString error;
    const VisualActions::Look look = actions->look(&error);
    if (!error.isEmpty()) {
        m_note->setText(error);
        return;
    }
    m_colors->clear();
    for (const QColor& c : look.brand)
        addColor(c);
    m_logoPath = look.logoPath;
    showLogo();
    m_providerModel->setChoices(look.providers);
    m_minimumQuality->setValue(look.minimumQuality);
    m_minContrast->setValue(look.rules.minContrast);
    m_maxDeltaE->setValue(int(look.rules.maxDeltaE));
    m_maxTextOnProduct->setValue(int(look.rules.maxTextOnProduct * 100 + 0.5));
    const QString why = actions->whyNot();
    m_save->setEnabled(why.isEmpty());
    m_note->setText(why);
}

bool VisualsPage::save()
{
    VisualActions* actions = m_context.visuals;
    if (!actions)
        return false;
    VisualActions::Look look;
    for (int i = 0; i < m_colors->count(); ++i)
        look.brand.append(m_colors->item(i)->data(Qt::UserRole).value<QColor>());
    look.logoPath = m_logoPath;
    look.providers = m_providerModel->choices();
    look.minimumQuality = m_minimumQuality->value();
    look.rules.minContrast = m_minContrast->value();
    look.rules.maxDeltaE = m_maxDeltaE->value();
    look.rules.maxTextOnProduct = m_maxTextOnProduct->value() / 100.0;
    QString error;
    if (!actions->saveLook(look, &error)) {
        m_note->setText(error);
        emit message(error);
        return false;
    }
    load();
    m_note->setText(tr("Saved. The next visuals you make use it."));
    emit message(tr("Visual settings saved."));
    return true;
}

void VisualsPage::addColor(const QColor& color)
{
    if (!color.isValid())
        return;
    auto* item = new QListWidgetItem(swatch(color), color.name().toUpper(), m_colors);
    item->setData(Qt::UserRole, color);
}

void VisualsPage::setLogoFile(const QString& path)
{
    m_logoPath = path;
    showLogo();
}

void VisualsPage::chooseColor()
{
    auto* dialog = new QColorDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("A brand colour"));
    connect(dialog, &QColorDialog::colorSelected, this, &VisualsPage::addColor);
    dialog->open();
}

void VisualsPage::chooseLogo()
{
    auto* dialog = new QFileDialog(this, tr("The shop's logo"), QString(), tr("Pictures (*.png *.jpg *.jpeg *.webp)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &VisualsPage::setLogoFile);
    dialog->open();
}

void VisualsPage::showLogo()
{
    if (m_logoPath.isEmpty()) {
        m_logo->setPixmap({});
        m_logo->setText(tr("No logo"));
        m_removeLogo->setEnabled(false);
        return;
    }
    QImageReader reader(m_logoPath);
    const QImage picture = reader.read();
    if (picture.isNull()) {
        m_logo->setPixmap({});
        m_logo->setText(tr("Not a picture"));
    } else {
        m_logo->setPixmap(
            QPixmap::fromImage(picture.scaled(m_logo->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    m_removeLogo->setEnabled(true);
}
