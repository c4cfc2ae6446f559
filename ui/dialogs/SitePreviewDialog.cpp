#include "SitePreviewDialog.h"

#include "Format.h"
#include "Theme.h"
#include "sites/PageShots.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace
{
QString widthName(int width)
{
    if (width <= 390)
        return SitePreviewDialog::tr("Phone (%1 px)").arg(width);
    if (width <= 768)
        return SitePreviewDialog::tr("Tablet (%1 px)").arg(width);
    return SitePreviewDialog::tr("Desktop (%1 px)").arg(width);
}
} // namespace

SitePreviewDialog::SitePreviewDialog(const UiContext& context, qint64 siteId, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_versions(context.sites->pageVersions(siteId))
    , m_version(new QComboBox(this))
    , m_compare(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_pictures(new QHBoxLayout)
{
    setObjectName(u"sitePreviewDialog"_s);
    setWindowTitle(tr("Preview: %1").arg(context.sites->siteById(siteId).name));
    m_version->setObjectName(u"previewVersion"_s);
    m_compare->setObjectName(u"previewCompare"_s);
    m_compare->addItem(tr("Three widths"), -1);
    for (const SitesModel::PageVersion& v : std::as_const(m_versions)) {
        const QString label = tr("Version %1 · %2").arg(v.version).arg(Format::dateTime(v.createdAt));
        m_version->addItem(label, v.version);
        m_compare->addItem(tr("Compare with version %1").arg(v.version), v.version);
    }
    m_note->setObjectName(u"previewNote"_s);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(u"color: %1;"_s.arg(Theme::Muted.name()));

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Version"), this));
    bar->addWidget(m_version);
    bar->addWidget(m_compare);
    bar->addStretch();
    auto* canvas = new QWidget(this);
    canvas->setLayout(m_pictures);
    m_pictures->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(canvas);
    scroll->setWidgetResizable(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* open = buttons->addButton(tr("Open in browser"), QDialogButtonBox::ActionRole);
    open->setObjectName(u"previewOpen"_s);
    connect(open, &QPushButton::clicked, this, [this] {
        const SitesModel::PageVersion v = versionAt(m_version->currentIndex());
        if (QFileInfo::exists(v.file))
            QDesktopServices::openUrl(QUrl::fromLocalFile(v.file));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_note);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    connect(m_version, &QComboBox::currentIndexChanged, this, &SitePreviewDialog::showVersion);
    connect(m_compare, &QComboBox::currentIndexChanged, this, &SitePreviewDialog::showVersion);
    showVersion();
    resize(1180, 640);
}

SitesModel::PageVersion SitePreviewDialog::versionAt(int comboIndex) const
{
    const int version = m_version->itemData(comboIndex).toInt();
    for (const SitesModel::PageVersion& v : m_versions) {
        if (v.version == version)
            return v;
    }
    return {};
}

QStringList SitePreviewDialog::shownCaptions() const
{
    return m_captions;
}

void SitePreviewDialog::addPicture(const QString& caption, const QString& path, int width)
{
    auto* box = new QWidget;
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 12, 0);
    auto* title = new QLabel(caption, box);
    title->setStyleSheet(u"font-weight: 600;"_s);
    auto* picture = new QLabel(box);
    QImageReader reader(path);
    const QSize size = reader.size();
    if (size.isValid() && size.width() > 0) {
        reader.setScaledSize(size.scaled(width, size.height() * width / size.width() + 1, Qt::KeepAspectRatio));
        picture->setPixmap(QPixmap::fromImage(reader.read()));
        picture->setStyleSheet(u"border: 1px solid %1;"_s.arg(Theme::Border.name()));
    } else {
        picture->setText(tr("No picture of this width."));
    }
    column->addWidget(title);
    column->addWidget(picture);
    column->addStretch();
    m_pictures->addWidget(box);
    box->show(); // added to a dialog already on screen: shown now, not at the next event loop pass
    m_captions.append(caption);
}

void SitePreviewDialog::showVersion()
{
    while (QLayoutItem* item = m_pictures->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_captions.clear();
    const SitesModel::PageVersion v = versionAt(m_version->currentIndex());
    if (v.version == 0) {
        m_note->setText(tr("This site has no assembled page yet."));
        return;
    }
    if (v.shots.isEmpty()) {
        m_note->setText(v.shotError.isEmpty() ? tr("The pictures of this version are being taken…") : v.shotError);
        return;
    }
    const int other = m_compare->currentData().toInt();
    if (other > 0 && other != v.version) {
        SitesModel::PageVersion w;
        for (const SitesModel::PageVersion& x : std::as_const(m_versions)) {
            if (x.version == other)
                w = x;
        }
        m_note->setText(tr("Version %1 and version %2 at a desktop's width.").arg(v.version).arg(other));
        addPicture(tr("Version %1").arg(v.version), v.shots.value(u"1280"_s).toString(), 540);
        addPicture(tr("Version %1").arg(other), w.shots.value(u"1280"_s).toString(), 540);
        return;
    }
    m_note->setText(tr("As headless Chromium renders it at a phone's, a tablet's and a desktop's width."));
    for (const int width : PageShots::widths())
        addPicture(widthName(width), v.shots.value(QString::number(width)).toString(),
            width <= 390       ? 200
                : width <= 768 ? 330
                               : 560);
}
