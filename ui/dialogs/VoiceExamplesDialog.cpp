#include "VoiceExamplesDialog.h"

#include "Theme.h"
#include "pipeline/VoiceProfile.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

VoiceExamplesDialog::VoiceExamplesDialog(const QString& language, QWidget* parent)
    : QDialog(parent)
    , m_language(language)
    , m_examples(new QPlainTextEdit(this))
    , m_measure(new QPushButton(tr("Measure the voice"), this))
    , m_count(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_profile(new QPlainTextEdit(this))
    , m_use(new QPushButton(tr("Use as the brand voice"), this))
{
    setObjectName(u"voiceExamplesDialog"_s);
    setWindowTitle(tr("Learn the brand voice from examples"));
    auto* intro = new QLabel(tr("Paste %1 to %2 texts the brand has written — product descriptions, newsletters, "
                                "posts — with a line of three dashes (---) or a blank line between them. Quorum "
                                "measures how they are written and says it in words; edit the words before you use "
                                "them.")
                                 .arg(VoiceProfile::kMinExamples)
                                 .arg(VoiceProfile::kMaxExamples),
        this);
    intro->setWordWrap(true);
    m_examples->setObjectName(u"voiceExamples"_s);
    m_examples->setTabChangesFocus(true);
    m_measure->setObjectName(u"voiceMeasure"_s);
    m_count->setProperty("role", u"subtitle"_s);
    m_problem->setObjectName(u"voiceProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: %1;"_s.arg(Theme::css(Theme::Danger)));
    m_problem->hide();
    m_profile->setObjectName(u"voiceProfile"_s);
    m_profile->setTabChangesFocus(true);
    m_profile->setPlaceholderText(tr("The voice, in words, appears here."));
    m_profile->setFixedHeight(170);
    m_use->setObjectName(u"voiceUse"_s);
    m_use->setProperty("primary", true);
    m_use->setEnabled(false);
    auto* measureRow = new QHBoxLayout;
    measureRow->addWidget(m_count, 1);
    measureRow->addWidget(m_measure);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_use, QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_examples, 1);
    layout->addLayout(measureRow);
    layout->addWidget(m_problem);
    layout->addWidget(m_profile);
    layout->addWidget(buttons);
    connect(m_examples, &QPlainTextEdit::textChanged, this, [this] {
        const int n = static_cast<int>(VoiceProfile::splitExamples(m_examples->toPlainText()).size());
        m_count->setText(tr("%n text(s)", nullptr, n));
    });
    connect(m_measure, &QPushButton::clicked, this, &VoiceExamplesDialog::measure);
    // Only a measured voice can be used: the measurements go with it.
    connect(m_profile, &QPlainTextEdit::textChanged, this,
        [this] { m_use->setEnabled(!m_measurements.isEmpty() && !m_profile->toPlainText().trimmed().isEmpty()); });
    connect(m_use, &QPushButton::clicked, this, [this] {
        emit voiceChosen(m_profile->toPlainText().trimmed(), m_measurements);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_count->setText(tr("%n text(s)", nullptr, 0));
    resize(720, 640);
}

void VoiceExamplesDialog::measure()
{
    const QStringList texts = VoiceProfile::splitExamples(m_examples->toPlainText());
    if (const QString why = VoiceProfile::whyNot(texts); !why.isEmpty()) {
        m_problem->setText(why);
        m_problem->show();
        return;
    }
    m_problem->hide();
    const VoiceProfile::Profile profile = VoiceProfile::derive(texts, m_language);
    m_measurements = profile.toJson();
    m_profile->setPlainText(VoiceProfile::describe(profile));
}
