#include "AddProductDialog.h"

#include "Markup.h"
#include "Theme.h"
#include "core/Json.h"
#include "core/Money.h"
#include "pipeline/BrandProfile.h"
#include "pipeline/PipelineActions.h"
#include "pipeline/ProductFacts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace
{
constexpr int kMaxImages = 3;

QWidget* withError(QWidget* field, QLabel* error, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(field);
    v->addWidget(error);
    return box;
}
} // namespace

AddProductDialog::AddProductDialog(PipelineActions* actions, const QStringList& categories,
    const QString& defaultCurrency, double targetMargin, QWidget* parent)
    : AddProductDialog(actions, categories, defaultCurrency, targetMargin, parent, nullptr)
{ }

AddProductDialog::AddProductDialog(PipelineActions* actions, const QStringList& categories, const ProductFacts& editing,
    double targetMargin, QWidget* parent)
    : AddProductDialog(actions, categories, editing.currency, targetMargin, parent, &editing)
{ }

AddProductDialog::AddProductDialog(PipelineActions* actions, const QStringList& categories,
    const QString& defaultCurrency, double targetMargin, QWidget* parent, const ProductFacts* editing)
    : QDialog(parent)
    , m_actions(actions)
    , m_editing(editing ? std::optional<ProductFacts>(*editing) : std::nullopt)
    , m_targetMargin(targetMargin)
    , m_name(new QLineEdit(this))
    , m_sku(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_price(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_cost(new QLineEdit(this))
    , m_margin(new QLabel(this))
    , m_category(new QComboBox(this))
    , m_images(new QListWidget(this))
    , m_removeImage(new QPushButton(tr("Remove"), this))
    , m_material(new QLineEdit(this))
    , m_sizes(new QLineEdit(this))
    , m_audience(new QLineEdit(this))
    , m_competitors(new QPlainTextEdit(this))
    , m_voice(new QLineEdit(this))
    , m_banner(new QLabel(this))
    , m_formError(new QLabel(this))
    , m_draftTimer(new QTimer(this))
{
    setObjectName(u"addProductDialog"_s);
    setWindowTitle(tr("Add a product"));
    setAcceptDrops(true);

    m_name->setObjectName(u"productName"_s);
    m_name->setPlaceholderText(tr("Merino Crew Sweater"));
    m_sku->setObjectName(u"productSku"_s);
    m_sku->setPlaceholderText(tr("Optional, e.g. APP-001: your store's stock code"));
    m_description->setObjectName(u"productDescription"_s);
    m_description->setPlaceholderText(
        tr("One or two sentences of facts: what it is, what it is made of, what it is for."));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(70);
    m_price->setObjectName(u"productPrice"_s);
    m_price->setPlaceholderText(u"89.00"_s);
    m_currency->setObjectName(u"productCurrency"_s);
    m_currency->addItems(ProductFacts::knownCurrencies());
    m_currency->setCurrentText(defaultCurrency);
    m_cost->setObjectName(u"productCost"_s);
    m_cost->setPlaceholderText(tr("Optional: what it costs you"));
    m_margin->setProperty("role", u"subtitle"_s);
    m_category->setObjectName(u"productCategory"_s);
    m_category->setEditable(true);
    m_category->addItems(categories);
    m_category->setCurrentText(QString());
    m_category->lineEdit()->setPlaceholderText(tr("Apparel, Home, …"));
    m_images->setObjectName(u"productImages"_s);
    m_images->setViewMode(QListView::IconMode);
    m_images->setIconSize(QSize(72, 72));
    m_images->setFixedHeight(104);
    m_images->setMovement(QListView::Static);
    m_images->setToolTip(tr("Drop image files here, or use Add images"));
    m_material->setObjectName(u"productMaterial"_s);
    m_material->setPlaceholderText(tr("Optional, e.g. merino wool"));
    m_sizes->setObjectName(u"productSizes"_s);
    m_sizes->setPlaceholderText(tr("Optional, e.g. S, M, L, XL"));
    m_audience->setPlaceholderText(tr("Optional, e.g. commuters who want one warm layer"));
    m_competitors->setPlaceholderText(tr("Optional: one web address per line"));
    m_competitors->setTabChangesFocus(true);
    m_competitors->setFixedHeight(56);
    m_voice->setPlaceholderText(tr("Optional: how this product should sound, if not like the rest of the shop"));
    m_banner->setObjectName(u"draftBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(u"background: %1; border: 1px solid %2; border-radius: 5px; padding: 6px;"_s.arg(
        Theme::css(Theme::DraftNotice), Theme::css(Theme::DraftNoticeBorder)));
    m_banner->hide();
    m_formError->setWordWrap(true);
    m_formError->setTextFormat(Qt::PlainText);
    m_formError->setStyleSheet(u"color: %1;"_s.arg(Theme::css(Theme::Danger)));
    m_formError->hide();

    auto* addImages = new QPushButton(tr("Add images…"), this);
    addImages->setObjectName(u"addImages"_s);
    connect(addImages, &QPushButton::clicked, this, &AddProductDialog::chooseImages);
    connect(m_removeImage, &QPushButton::clicked, this, [this] {
        delete m_images->currentItem();
        scheduleDraft();
    });
    auto* imageButtons = new QVBoxLayout;
    imageButtons->addWidget(addImages);
    imageButtons->addWidget(m_removeImage);
    imageButtons->addStretch();
    auto* imageRow = new QWidget(this);
    auto* imageLayout = new QHBoxLayout(imageRow);
    imageLayout->setContentsMargins(0, 0, 0, 0);
    imageLayout->addWidget(m_images, 1);
    imageLayout->addLayout(imageButtons);
    auto* priceRow = new QWidget(this);
    auto* priceLayout = new QHBoxLayout(priceRow);
    priceLayout->setContentsMargins(0, 0, 0, 0);
    priceLayout->addWidget(m_price, 1);
    priceLayout->addWidget(m_currency);
    auto* costRow = new QWidget(this);
    auto* costLayout = new QVBoxLayout(costRow);
    costLayout->setContentsMargins(0, 0, 0, 0);
    costLayout->setSpacing(2);
    costLayout->addWidget(m_cost);
    costLayout->addWidget(m_margin);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name"), withError(m_name, addError(u"name"_s), this));
    form->addRow(tr("S&KU"), withError(m_sku, addError(u"sku"_s), this));
    form->addRow(tr("&Description"), withError(m_description, addError(u"description"_s), this));
    form->addRow(tr("&Price"), withError(priceRow, addError(u"price"_s), this));
    form->addRow(tr("C&ost"), withError(costRow, addError(u"cost"_s), this));
    form->addRow(tr("&Category"), withError(m_category, addError(u"category"_s), this));
    form->addRow(tr("&Images"), withError(imageRow, addError(u"images"_s), this));
    form->addRow(tr("&Material"), m_material);
    form->addRow(tr("Si&zes"), withError(m_sizes, addError(u"sizes"_s), this));
    form->addRow(tr("&Audience"), m_audience);
    form->addRow(tr("Compe&titors"), withError(m_competitors, addError(u"competitor_urls"_s), this));
    form->addRow(tr("Brand &voice"), m_voice);

    auto* buttons = new QDialogButtonBox(this);
    if (m_editing) {
        setObjectName(u"editFactsDialog"_s);
        setWindowTitle(tr("Edit %1").arg(m_editing->name));
        auto* save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
        save->setObjectName(u"saveFacts"_s);
        save->setDefault(true);
        save->setToolTip(tr("Save the corrected facts; content that states them is checked again (Ctrl+Enter)"));
        buttons->addButton(QDialogButtonBox::Cancel);
        connect(save, &QPushButton::clicked, this, [this] { submit(false); });
        connect(buttons, &QDialogButtonBox::rejected, this, &AddProductDialog::reject);
        auto* submitKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
        connect(submitKey, &QShortcut::activated, this, [this] { submit(false); });
        // The images are the product's files in the workspace: they stay as they are.
        for (QWidget* w : std::initializer_list<QWidget*>{m_images, m_removeImage, addImages})
            w->setEnabled(false);
        m_images->setToolTip(tr("Images cannot be changed here."));
        setAcceptDrops(false);
    } else {
        auto* addRun = buttons->addButton(tr("Add and run"), QDialogButtonBox::AcceptRole);
        addRun->setObjectName(u"addAndRun"_s);
        addRun->setDefault(true);
        addRun->setToolTip(tr("Add the product and have the pipeline write its listing now (Ctrl+Enter)"));
        // Nothing that cannot work starts: without a provider the product can only be kept as a draft.
        if (const QString why = m_actions->whyCannotRun(); !why.isEmpty()) {
            addRun->setEnabled(false);
            addRun->setDefault(false);
            addRun->setToolTip(why);
            m_formError->setText(why);
            m_formError->show();
        }
        auto* addDraft = buttons->addButton(tr("Add as draft"), QDialogButtonBox::ActionRole);
        addDraft->setObjectName(u"addAsDraft"_s);
        buttons->addButton(QDialogButtonBox::Cancel);
        connect(addRun, &QPushButton::clicked, this, [this] { submit(true); });
        connect(addDraft, &QPushButton::clicked, this, [this] { submit(false); });
        connect(buttons, &QDialogButtonBox::rejected, this, &AddProductDialog::reject);
        auto* submitKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
        connect(submitKey, &QShortcut::activated, this, [this, addRun] { submit(addRun->isEnabled()); });
    }

    auto* body = new QWidget(this);
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 8, 0);
    bodyLayout->addWidget(m_banner);
    bodyLayout->addLayout(form);
    bodyLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_formError);
    layout->addWidget(buttons);
    resize(640, 720);

    // The draft: restored first, then kept up to date while typing. Editing keeps none.
    const QJsonObject draft = m_actions && !m_editing ? m_actions->draft() : QJsonObject();
    if (m_editing)
        fromFacts(*m_editing);
    if (!draft.isEmpty()) {
        fromDraft(draft);
        m_restored = true;
        m_banner->setText(tr("Your unsaved product is back, as you left it. <a href=\"discard\">Start over</a>"));
        m_banner->show();
        connect(m_banner, &QLabel::linkActivated, this, [this] {
            m_actions->clearDraft();
            fromDraft({});
            m_banner->hide();
            m_name->setFocus();
        });
    }
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(400);
    connect(m_draftTimer, &QTimer::timeout, this, &AddProductDialog::keepDraft);
    for (QLineEdit* e : {m_name, m_sku, m_price, m_cost, m_material, m_sizes, m_audience, m_voice})
        connect(e, &QLineEdit::textEdited, this, &AddProductDialog::scheduleDraft);
    for (QPlainTextEdit* e : {m_description, m_competitors})
        connect(e, &QPlainTextEdit::textChanged, this, &AddProductDialog::scheduleDraft);
    connect(m_category, &QComboBox::currentTextChanged, this, &AddProductDialog::scheduleDraft);
    connect(m_currency, &QComboBox::currentTextChanged, this, &AddProductDialog::scheduleDraft);
    connect(m_price, &QLineEdit::textChanged, this, &AddProductDialog::updateMargin);
    connect(m_cost, &QLineEdit::textChanged, this, &AddProductDialog::updateMargin);
    updateMargin();
    m_name->setFocus();
}

QLabel* AddProductDialog::addError(const QString& field)
{
    auto* label = new QLabel(this);
    label->setObjectName(u"error_"_s + field);
    label->setTextFormat(Qt::PlainText); // may quote what was typed
    label->setWordWrap(true);
    label->setStyleSheet(u"color: %1; font-size: 12px;"_s.arg(Theme::css(Theme::Danger)));
    label->hide();
    m_errors.insert(field, label);
    return label;
}

QString AddProductDialog::fieldError(const QString& field) const
{
    const QLabel* l = m_errors.value(field);
    return l && !l->isHidden() ? l->text() : QString();
}

void AddProductDialog::scheduleDraft()
{
    if (!m_editing)
        m_draftTimer->start();
    if (m_validateLive) {
        ProductFacts facts;
        if (validate(&facts))
            m_formError->hide();
    }
}

void AddProductDialog::keepDraft()
{
    if (!m_actions)
        return;
    const QJsonObject draft = toDraft();
    bool empty = true;
    for (auto it = draft.begin(); it != draft.end() && empty; ++it) {
        if (it.key() == u"currency")
            continue;
        empty = it.value().isArray() ? it.value().toArray().isEmpty() : it.value().toString().trimmed().isEmpty();
    }
    if (empty)
        m_actions->clearDraft();
    else
        m_actions->saveDraft(draft);
}

void AddProductDialog::updateMargin()
{
    const auto price = Money::parse(m_price->text());
    const auto cost = Money::parse(m_cost->text());
    if (!price || !cost || *price <= 0) {
        m_margin->clear();
        m_margin->hide();
        return;
    }
    m_margin->show();
    const double margin = static_cast<double>(*price - *cost) / static_cast<double>(*price);
    const bool ok = margin >= m_targetMargin;
    m_margin->setText(tr("Margin %1% (target %2%)").arg(qRound(margin * 100)).arg(qRound(m_targetMargin * 100)));
    m_margin->setStyleSheet(u"color: %1;"_s.arg(Theme::css(ok ? Theme::Success : Theme::Warning)));
}

void AddProductDialog::addImages(const QStringList& files)
{
    for (const QString& file : files) {
        if (m_images->count() >= kMaxImages)
            break;
        QImageReader reader(file);
        reader.setScaledSize(QSize(72, 72));
        const QImage thumb = reader.read();
        auto* item = new QListWidgetItem(QIcon(QPixmap::fromImage(thumb)), QFileInfo(file).fileName(), m_images);
        item->setData(Qt::UserRole, QFileInfo(file).absoluteFilePath());
        item->setToolTip(Markup::toolTip(file));
        if (thumb.isNull())
            item->setData(Qt::UserRole + 1, true); // not an image
    }
    scheduleDraft();
}

QStringList AddProductDialog::images() const
{
    QStringList out;
    for (int i = 0; i < m_images->count(); ++i)
        out.append(m_images->item(i)->data(Qt::UserRole).toString());
    return out;
}

void AddProductDialog::chooseImages()
{
    auto* dialog = new QFileDialog(this, tr("Choose up to three images"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilter(tr("Images (*.png *.jpg *.jpeg *.webp *.gif)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, &AddProductDialog::addImages);
    dialog->open();
}

void AddProductDialog::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void AddProductDialog::dropEvent(QDropEvent* event)
{
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    addImages(files);
    event->acceptProposedAction();
}

QJsonObject AddProductDialog::toDraft() const
{
    return QJsonObject{{u"name"_s, m_name->text()}, {u"sku"_s, m_sku->text()},
        {u"description"_s, m_description->toPlainText()}, {u"price"_s, m_price->text()},
        {u"currency"_s, m_currency->currentText()}, {u"cost"_s, m_cost->text()},
        {u"category"_s, m_category->currentText()}, {u"images"_s, Json::fromStringList(images())},
        {u"material"_s, m_material->text()}, {u"sizes"_s, m_sizes->text()}, {u"audience"_s, m_audience->text()},
        {u"competitors"_s, m_competitors->toPlainText()}, {u"voice"_s, m_voice->text()}};
}

void AddProductDialog::fromDraft(const QJsonObject& d)
{
    m_name->setText(d.value(u"name"_s).toString());
    m_sku->setText(d.value(u"sku"_s).toString());
    m_description->setPlainText(d.value(u"description"_s).toString());
    m_price->setText(d.value(u"price"_s).toString());
    if (d.contains(u"currency"_s))
        m_currency->setCurrentText(d.value(u"currency"_s).toString());
    m_cost->setText(d.value(u"cost"_s).toString());
    m_category->setCurrentText(d.value(u"category"_s).toString());
    m_images->clear();
    addImages(Json::toStringList(d.value(u"images"_s).toArray()));
    m_material->setText(d.value(u"material"_s).toString());
    m_sizes->setText(d.value(u"sizes"_s).toString());
    m_audience->setText(d.value(u"audience"_s).toString());
    m_competitors->setPlainText(d.value(u"competitors"_s).toString());
    m_voice->setText(d.value(u"voice"_s).toString());
}

void AddProductDialog::fromFacts(const ProductFacts& f)
{
    m_name->setText(f.name);
    m_sku->setText(f.sku);
    m_description->setPlainText(f.description);
    m_price->setText(Money::toDecimalString(f.priceCents));
    m_currency->setCurrentText(f.currency);
    m_cost->setText(f.costCents ? Money::toDecimalString(*f.costCents) : QString());
    m_category->setCurrentText(f.category);
    m_images->clear();
    for (const QString& image : f.images)
        new QListWidgetItem(QFileInfo(image).fileName(), m_images);
    m_material->setText(f.material());
    m_sizes->setText(f.sizes().join(u", "_s));
    m_audience->setText(f.audience);
    m_competitors->setPlainText(f.competitorUrls.join(u'\n'));
    m_voice->setText(f.brandVoice);
}

bool AddProductDialog::validate(ProductFacts* f)
{
    for (QLabel* l : std::as_const(m_errors))
        l->hide();
    QHash<QString, QString> errors;
    f->name = m_name->text().trimmed();
    f->sku = m_sku->text().trimmed();
    f->description = m_description->toPlainText().trimmed();
    f->currency = m_currency->currentText().trimmed().toUpper();
    f->category = m_category->currentText().trimmed();
    f->audience = m_audience->text().trimmed();
    f->brandVoice = m_voice->text().trimmed();
    f->images = m_editing ? m_editing->images : images();
    f->competitorUrls = m_competitors->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (QString& url : f->competitorUrls)
        url = url.trimmed();
    f->competitorUrls.removeAll(QString());
    if (const auto price = Money::parse(m_price->text()))
        f->priceCents = *price;
    else if (!m_price->text().trimmed().isEmpty())
        errors.insert(u"price"_s, tr("“%1” is not an amount; write it like 89.00.").arg(m_price->text()));
    if (!m_cost->text().trimmed().isEmpty()) {
        if (const auto cost = Money::parse(m_cost->text()))
            f->costCents = *cost;
        else
            errors.insert(u"cost"_s, tr("“%1” is not an amount; write it like 31.50.").arg(m_cost->text()));
    }
    if (!m_material->text().trimmed().isEmpty())
        f->attributes.insert(u"material"_s, m_material->text().trimmed());
    const QStringList sizes = BrandProfile::splitList(m_sizes->text());
    if (!sizes.isEmpty())
        f->attributes.insert(u"sizes"_s, Json::fromStringList(sizes));
    for (int i = 0; i < m_images->count() && !m_editing; ++i) {
        if (m_images->item(i)->data(Qt::UserRole + 1).toBool())
            errors.insert(u"images"_s, tr("%1 is not an image Quorum can read.").arg(m_images->item(i)->text()));
    }
    const bool imported = m_editing && m_editing->source != u"manual";
    for (const auto& e : f->validate(imported ? ProductFacts::Origin::Import : ProductFacts::Origin::Manual)) {
        if (!errors.contains(e.field))
            errors.insert(e.field, e.message);
    }
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        // A currency problem shows under the price it belongs to.
        if (QLabel* l = m_errors.value(it.key() == u"currency" ? u"price"_s : it.key())) {
            l->setText(it.value());
            l->show();
        }
    }
    return errors.isEmpty();
}

bool AddProductDialog::submit(bool run)
{
    m_validateLive = true;
    ProductFacts facts;
    if (!validate(&facts)) {
        m_formError->setText(tr("Some fields need attention."));
        m_formError->show();
        return false;
    }
    if (m_editing)
        return save();
    QString error;
    const qint64 id = m_actions->addProduct(facts, facts.images, run, &error);
    if (id <= 0) {
        m_formError->setText(error);
        m_formError->show();
        return false;
    }
    m_draftTimer->stop();
    emit productAdded(id, run);
    QDialog::accept();
    return true;
}

bool AddProductDialog::save()
{
    ProductFacts edited;
    validate(&edited);
    // What the form does not show (other attributes, the handle, the images) stays as it was.
    ProductFacts facts = *m_editing;
    facts.name = edited.name;
    facts.sku = edited.sku;
    facts.description = edited.description;
    facts.priceCents = edited.priceCents;
    facts.costCents = edited.costCents;
    facts.currency = edited.currency;
    facts.category = edited.category;
    facts.audience = edited.audience;
    facts.brandVoice = edited.brandVoice;
    facts.competitorUrls = edited.competitorUrls;
    for (const QString& key : {u"material"_s, u"sizes"_s}) {
        if (edited.attributes.contains(key))
            facts.attributes.insert(key, edited.attributes.value(key));
        else
            facts.attributes.remove(key);
    }
    QString error, summary;
    if (!m_actions->updateFacts(m_editing->id, facts, &error, &summary)) {
        m_formError->setText(error);
        m_formError->show();
        return false;
    }
    emit factsSaved(m_editing->id, summary);
    QDialog::accept();
    return true;
}

void AddProductDialog::reject()
{
    if (m_editing) {
        QDialog::reject();
        return;
    }
    // Closing keeps what was typed: the draft comes back next time.
    m_draftTimer->stop();
    keepDraft();
    QDialog::reject();
}
