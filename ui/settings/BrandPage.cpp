#include "BrandPage.h"

#include "Theme.h"
#include "dialogs/VoiceExamplesDialog.h"
#include "pipeline/PipelineSettings.h"
#include "pipeline/VoiceProfile.h"
#include "widgets/ReadOnlyNote.h"

#include <QColorDialog>
#include <QComboBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace
{

// A brand palette entry shown as a swatch; the colour is the brand's, the frame the theme's.
QString swatchStyle(const QString& colour)
{
    return u"background: %1; border: 1px solid %2;"_s.arg(colour, Theme::css(Theme::InputBorder));
}

} // namespace

BrandPage::BrandPage(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_voice(new QPlainTextEdit(this))
    , m_banned(new QPlainTextEdit(this))
    , m_required(new QPlainTextEdit(this))
    , m_offers(new QPlainTextEdit(this))
    , m_competitors(new QLineEdit(this))
    , m_certifications(new QLineEdit(this))
    , m_headingFont(new QFontComboBox(this))
    , m_bodyFont(new QFontComboBox(this))
    , m_margin(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_learn(new QPushButton(tr("Learn from examples…"), this))
    , m_measured(new QLabel(this))
    , m_forget(new QPushButton(tr("Stop scoring"), this))
{
    setObjectName(u"brandPage"_s);
    m_voice->setObjectName(u"brandVoice"_s);
    m_voice->setFixedHeight(80);
    m_voice->setTabChangesFocus(true);
    m_voice->setPlaceholderText(tr("Warm, plain-spoken and precise. No superlatives, no hype."));
    m_banned->setObjectName(u"brandBanned"_s);
    m_banned->setFixedHeight(60);
    m_banned->setTabChangesFocus(true);
    m_banned->setPlaceholderText(tr("revolutionary, best-in-class, cheap"));
    m_required->setObjectName(u"brandRequired"_s);
    m_required->setFixedHeight(60);
    m_required->setTabChangesFocus(true);
    m_required->setPlaceholderText(tr("Free returns within 30 days"));
    m_offers->setObjectName(u"brandReplyOffers"_s);
    m_offers->setFixedHeight(60);
    m_offers->setTabChangesFocus(true);
    m_offers->setPlaceholderText(tr("Free size exchange within 30 days"));
    m_offers->setToolTip(tr("What a reply to a customer review may offer. Left empty, a reply offers no refund, "
                            "discount, replacement or gift: it asks the customer to get in touch."));
    m_competitors->setObjectName(u"brandCompetitors"_s);
    m_competitors->setPlaceholderText(tr("Acme Apparel, Northwind"));
    m_competitors->setToolTip(tr("Competitors by name. A piece that names one fails the checks: a comparison "
                                 "with a competitor needs a source."));
    m_certifications->setObjectName(u"brandCertifications"_s);
    m_certifications->setPlaceholderText(tr("GOTS, Fairtrade"));
    m_certifications->setToolTip(tr("Certifications and labels the shop can show. A piece may claim these; any "
                                    "other certification it claims fails the checks unless the product's facts "
                                    "state it."));
    m_language->setObjectName(u"brandLanguage"_s);
    m_language->setEditable(true);
    m_language->addItems({u"English"_s, u"Nederlands (Dutch)"_s, u"Deutsch (German)"_s, u"Français (French)"_s});
    m_language->setToolTip(
        tr("The language the listings are written in. The models are told; the checks work in any."));
    m_margin->setRange(0, 95);
    m_margin->setSuffix(u" %"_s);
    m_save->setObjectName(u"brandSave"_s);
    m_save->setProperty("primary", true);
    auto* paletteRow = new QHBoxLayout;
    for (int i = 0; i < 3; ++i) {
        auto* b = new QPushButton(this);
        b->setFixedSize(64, 28);
        connect(b, &QPushButton::clicked, this, [this, i] { pickColour(i); });
        m_colours.append(b);
        paletteRow->addWidget(b);
    }
    m_colours.at(0)->setToolTip(tr("Primary"));
    m_colours.at(1)->setToolTip(tr("Background"));
    m_colours.at(2)->setToolTip(tr("Accent"));
    paletteRow->addStretch();
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Copy language"), m_language);
    m_learn->setObjectName(u"brandLearnVoice"_s);
    m_learn->setToolTip(tr("Paste 5 to 20 texts the brand has written; Quorum says their voice in words."));
    auto* voiceBox = new QVBoxLayout;
    voiceBox->setContentsMargins(0, 0, 0, 0);
    voiceBox->addWidget(m_voice);
    m_measured->setObjectName(u"brandVoiceMeasured"_s);
    m_measured->setWordWrap(true);
    m_measured->setStyleSheet(u"color: %1;"_s.arg(Theme::css(Theme::Muted)));
    m_forget->setObjectName(u"brandVoiceForget"_s);
    m_forget->setToolTip(tr("Pieces are no longer scored against the measured voice once the brand is saved."));
    auto* learnRow = new QHBoxLayout;
    learnRow->addWidget(m_learn);
    learnRow->addStretch();
    learnRow->addWidget(m_forget);
    voiceBox->addLayout(learnRow);
    voiceBox->addWidget(m_measured);
    form->addRow(tr("Voice"), voiceBox);
    form->addRow(tr("Never use"), m_banned);
    form->addRow(tr("Always include"), m_required);
    form->addRow(tr("Replies may offer"), m_offers);
    form->addRow(tr("Competitors"), m_competitors);
    form->addRow(tr("Certifications held"), m_certifications);
    form->addRow(tr("Palette"), paletteRow);
    form->addRow(tr("Heading font"), m_headingFont);
    form->addRow(tr("Body font"), m_bodyFont);
    form->addRow(tr("Target margin"), m_margin);
    auto* hint = new QLabel(tr("Words and phrases are separated by commas or new lines. Quorum puts them in every "
                               "prompt and checks every piece for them: a banned word or a missing phrase fails the "
                               "piece, whatever the models think."),
        this);
    hint->setWordWrap(true);
    hint->setProperty("role", u"subtitle"_s);
    auto* note = new ReadOnlyNote(
        context.user, [settings = context.pipelineSettings] { return settings->whyNot(); }, this);
    note->guard({m_save, m_learn, m_forget});
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(note, 1);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addStretch();
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &BrandPage::save);
    connect(m_learn, &QPushButton::clicked, this, &BrandPage::learnVoice);
    connect(m_language, &QComboBox::currentTextChanged, this, &BrandPage::showMeasure);
    connect(m_forget, &QPushButton::clicked, this, [this] {
        m_voiceMeasure = {};
        showMeasure();
        emit message(tr("Pieces will not be scored against a measured voice once you save."));
    });
    load();
}

void BrandPage::learnVoice()
{
    auto* dialog = new VoiceExamplesDialog(m_language->currentText(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &VoiceExamplesDialog::voiceChosen, this, [this](const QString& voice, const QJsonObject& measure) {
        m_voice->setPlainText(voice);
        m_voiceMeasure = measure;
        showMeasure();
        m_voice->setFocus();
        emit message(tr("The voice is in the Voice field: edit it, then save. From then on each description, blog "
                        "post, e-mail and FAQ is scored against the measured voice."));
    });
    dialog->open();
}

void BrandPage::showMeasure()
{
    const VoiceProfile::Profile p = VoiceProfile::Profile::fromJson(m_voiceMeasure);
    if (m_voiceMeasure.isEmpty())
        m_measured->setText(tr("No measured voice: pieces are judged by the reviewer's brand-voice score only."));
    else if (VoiceProfile::dutchLanguage(m_language->currentText()) != p.dutch)
        m_measured->setText(tr("Measured in another language than the copy's: pieces are not scored against it until "
                               "the voice is learned again."));
    else
        m_measured->setText(
            tr("Measured from %n text(s): descriptions, blog posts, e-mails and FAQs far from it are written again.",
                nullptr, p.texts));
    m_forget->setVisible(!m_voiceMeasure.isEmpty());
}

void BrandPage::load()
{
    const BrandProfile b = m_context.pipelineSettings->brand();
    m_voice->setPlainText(b.voice);
    m_voiceMeasure = b.voiceMeasure;
    showMeasure();
    m_banned->setPlainText(b.bannedWords.join(u", "_s));
    m_required->setPlainText(b.requiredPhrases.join(u'\n'));
    m_offers->setPlainText(b.replyOffers.join(u'\n'));
    m_competitors->setText(b.competitors.join(u", "_s));
    m_certifications->setText(b.certifications.join(u", "_s));
    m_palette = b.palette;
    while (m_palette.size() < 3)
        m_palette.append(Theme::css(Theme::UnsetSwatch));
    for (int i = 0; i < 3; ++i)
        m_colours.at(i)->setStyleSheet(swatchStyle(m_palette.at(i)));
    m_headingFont->setCurrentFont(QFont(b.fonts.value(0, u"Georgia"_s)));
    m_bodyFont->setCurrentFont(QFont(b.fonts.value(1, u"Inter"_s)));
    m_margin->setValue(qRound(b.targetMargin * 100));
    m_language->setCurrentText(b.language);
}

void BrandPage::pickColour(int index)
{
    auto* dialog = new QColorDialog(QColor(m_palette.at(index)), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QColorDialog::colorSelected, this, [this, index](const QColor& c) {
        m_palette[index] = c.name();
        m_colours.at(index)->setStyleSheet(swatchStyle(c.name()));
    });
    dialog->open();
}

bool BrandPage::save()
{
    BrandProfile b;
    b.voice = m_voice->toPlainText().trimmed();
    b.bannedWords = BrandProfile::splitList(m_banned->toPlainText());
    b.requiredPhrases = BrandProfile::splitList(m_required->toPlainText());
    b.replyOffers = BrandProfile::splitList(m_offers->toPlainText());
    b.competitors = BrandProfile::splitList(m_competitors->text());
    b.certifications = BrandProfile::splitList(m_certifications->text());
    b.palette = m_palette;
    b.fonts = {m_headingFont->currentFont().family(), m_bodyFont->currentFont().family()};
    b.targetMargin = m_margin->value() / 100.0;
    b.language = m_language->currentText().trimmed();
    b.voiceMeasure = m_voiceMeasure;
    QString error;
    if (!m_context.pipelineSettings->saveBrand(b, &error)) {
        emit message(error);
        return false;
    }
    emit message(tr("Brand profile saved; the next pieces are written and checked with it."));
    return true;
}
