#include "PublicationsBox.h"

#include "Format.h"
#include "Theme.h"
#include "publishing/Connections.h"
#include "publishing/Publications.h"
#include "publishing/PublishActions.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PublicationsBox::PublicationsBox(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_list(new QLabel(this))
    , m_publish(new QPushButton(tr("Publish…"), this))
    , m_unpublish(new QPushButton(tr("Unpublish"), this))
{
    setObjectName(u"publicationsBox"_s);
    auto* title = new QLabel(tr("Published"), this);
    title->setProperty("role", u"section"_s);
    m_list->setObjectName(u"publicationsList"_s);
    m_list->setWordWrap(true);
    m_list->setTextFormat(Qt::RichText);
    m_list->setOpenExternalLinks(true);
    m_list->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_publish->setObjectName(u"publishProduct"_s);
    m_publish->setToolTip(tr("Publish to every connected store and site, after approval"));
    m_unpublish->setObjectName(u"unpublishProduct"_s);
    m_unpublish->setToolTip(tr("Set it back to a draft everywhere it is published"));
    auto* head = new QHBoxLayout;
    head->addWidget(title);
    head->addStretch();
    head->addWidget(m_publish);
    head->addWidget(m_unpublish);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(head);
    layout->addWidget(m_list);
    const auto act = [this](bool publish) {
        bool ok = false;
        const QString text = publish ? m_context.publish->publishProduct(m_productId, &ok)
                                     : m_context.publish->unpublishProduct(m_productId, &ok);
        emit message(text);
        refresh();
    };
    connect(m_publish, &QPushButton::clicked, this, [act] { act(true); });
    connect(m_unpublish, &QPushButton::clicked, this, [act] { act(false); });
}

void PublicationsBox::setProduct(qint64 productId)
{
    m_productId = productId;
    refresh();
}

void PublicationsBox::refresh()
{
    if (m_productId <= 0)
        return;
    QStringList lines;
    bool live = false;
    for (const PublishActions::Placement& placement : m_context.publish->placements(m_productId)) {
        const Publications::Publication& p = placement.publication;
        const Connections::Connection& c = placement.connection;
        const QString what = p.target == Publications::Post ? tr("blog post")
            : p.target == Publications::Page                ? tr("landing page")
                                                            : tr("product");
        QString status;
        if (p.status == u"published") {
            live = true;
            status = u"<span style='color:%1'>%2</span>"_s.arg(
                Theme::css(Theme::SuccessText), tr("published %1").arg(Format::dateTime(p.publishedAt)));
        } else if (p.status == u"queued") {
            status = tr("waiting to publish");
        } else if (p.status == u"draft") {
            status = tr("draft");
        } else {
            status = u"<span style='color:%1'>%2</span>"_s.arg(
                Theme::css(Theme::Danger), tr("failed: %1").arg(p.error.toHtmlEscaped()));
        }
        // A published or draft item can carry a notice: what was left as the store has it.
        if ((p.status == u"published" || p.status == u"draft") && !p.error.isEmpty())
            status += u" · <span style='color:%1'>%2</span>"_s.arg(Theme::css(Theme::Muted), p.error.toHtmlEscaped());
        QString line = u"<b>%1</b> · %2 — %3"_s.arg(c.name.toHtmlEscaped(), what, status);
        // The address is the store's answer: a link only to a web page (never file: or javascript:).
        const QUrl url(p.url);
        if (!p.url.isEmpty() && (url.scheme() == u"https" || url.scheme() == u"http"))
            line += u"<br><a href=\"%1\">%2</a>"_s.arg(p.url.toHtmlEscaped(), p.url.toHtmlEscaped());
        else if (!p.url.isEmpty())
            line += u"<br>"_s + p.url.toHtmlEscaped();
        lines.append(line);
    }
    m_list->setText(lines.isEmpty()
            ? u"<span style='color:%1'>%2</span>"_s.arg(Theme::css(Theme::Muted), tr("Not published anywhere yet."))
            : lines.join(u"<br>"_s));
    m_unpublish->setEnabled(live);
}

QString PublicationsBox::text() const
{
    return m_list->text();
}
