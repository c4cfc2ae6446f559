#include "AutopilotPage.h"

#include "autopilot/AutopilotActions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AutopilotPage::AutopilotPage(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_sync(new QSpinBox(this))
    , m_health(new QSpinBox(this))
    , m_hour(new QComboBox(this))
    , m_weekday(new QComboBox(this))
    , m_emailTo(new QLineEdit(this))
    , m_emailFrom(new QLineEdit(this))
    , m_smtpUrl(new QLineEdit(this))
    , m_smtpUser(new QLineEdit(this))
    , m_smtpPassword(new QLineEdit(this))
    , m_webhook(new QLineEdit(this))
    , m_desktop(new QCheckBox(tr("Show alerts as desktop notifications"), this))
    , m_alerts(new QListWidget(this))
    , m_test(new QPushButton(tr("Send a test message"), this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_note(new QLabel(this))
{
    setObjectName(u"autopilotPage"_s);
    auto* intro = new QLabel(tr("While Quorum runs — on this computer or as “quorum serve” on a server — it syncs "
                                "the stores, checks its own health, raises alerts when something crosses a "
                                "threshold and makes a daily and a weekly report. Here you set how often, and "
                                "where alerts and reports go."),
        this);
    intro->setWordWrap(true);

    m_sync->setObjectName(u"syncMinutes"_s);
    m_sync->setRange(1, 24 * 60);
    m_sync->setSuffix(tr(" min"));
    m_sync->setAccessibleName(tr("Sync every"));
    m_health->setObjectName(u"healthMinutes"_s);
    m_health->setRange(1, 24 * 60);
    m_health->setSuffix(tr(" min"));
    m_health->setAccessibleName(tr("Check health every"));
    m_hour->setObjectName(u"reportHour"_s);
    m_hour->addItem(tr("No daily report"), -1);
    for (int h = 0; h < 24; ++h)
        m_hour->addItem(QLocale().toString(QTime(h, 0), QLocale::ShortFormat), h);
    m_hour->setAccessibleName(tr("Daily report at"));
    m_weekday->setObjectName(u"weeklyDay"_s);
    m_weekday->addItem(tr("No weekly report"), 0);
    for (int d = 1; d <= 7; ++d)
        m_weekday->addItem(QLocale().standaloneDayName(d), d);
    m_weekday->setAccessibleName(tr("Weekly report on"));

    auto* schedule = new QGroupBox(tr("Schedule"), this);
    auto* scheduleForm = new QFormLayout(schedule);
    scheduleForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    scheduleForm->addRow(tr("Sync stores and ad accounts every:"), m_sync);
    scheduleForm->addRow(tr("Check health and alerts every:"), m_health);
    scheduleForm->addRow(tr("Daily report (of yesterday) at:"), m_hour);
    scheduleForm->addRow(tr("Weekly report (of last week) on:"), m_weekday);

    m_emailTo->setObjectName(u"emailTo"_s);
    m_emailTo->setPlaceholderText(tr("you@yourshop.com (more: separate with commas)"));
    m_emailFrom->setObjectName(u"emailFrom"_s);
    m_emailFrom->setPlaceholderText(tr("Empty: quorum@ the mail server's domain"));
    m_smtpUrl->setObjectName(u"smtpUrl"_s);
    m_smtpUrl->setPlaceholderText(u"smtp://mail.yourshop.com:587"_s);
    m_smtpUser->setObjectName(u"smtpUser"_s);
    m_smtpUser->setPlaceholderText(tr("Empty: no login"));
    m_smtpPassword->setObjectName(u"smtpPassword"_s);
    m_smtpPassword->setEchoMode(QLineEdit::Password);
    m_webhook->setObjectName(u"webhookUrl"_s);
    m_webhook->setPlaceholderText(u"https://hooks.example.com/quorum"_s);
    m_desktop->setObjectName(u"desktopAlerts"_s);
    auto* where = new QGroupBox(tr("Where alerts and reports go"), this);
    auto* whereForm = new QFormLayout(where);
    whereForm->addRow(tr("E-mail to:"), m_emailTo);
    whereForm->addRow(tr("From:"), m_emailFrom);
    whereForm->addRow(tr("Mail server:"), m_smtpUrl);
    whereForm->addRow(tr("User name:"), m_smtpUser);
    whereForm->addRow(tr("Password:"), m_smtpPassword);
    whereForm->addRow(tr("Webhook:"), m_webhook);
    whereForm->addRow(QString(), m_desktop);

    m_alerts->setObjectName(u"openAlerts"_s);
    m_alerts->setAccessibleName(tr("Alerts open now"));
    m_alerts->setMaximumHeight(110);
    m_alerts->setWordWrap(true);
    auto* alertsHeading = new QLabel(tr("Alerts open now"), this);
    alertsHeading->setProperty("role", u"subtitle"_s);

    m_test->setObjectName(u"sendTest"_s);
    m_save->setObjectName(u"saveAutopilot"_s);
    m_save->setDefault(true);
    m_note->setObjectName(u"autopilotNote"_s);
    m_note->setWordWrap(true);
    m_note->setProperty("role", u"subtitle"_s);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_note, 1);
    buttons->addWidget(m_test);
    buttons->addWidget(m_save);

    // One column that scrolls on a small screen; the buttons stay in view.
    auto* content = new QWidget(this);
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 8, 0);
    column->addWidget(intro);
    column->addWidget(schedule);
    column->addWidget(where);
    column->addWidget(alertsHeading);
    column->addWidget(m_alerts);
    column->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"autopilotScroll"_s);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &AutopilotPage::save);
    connect(m_test, &QPushButton::clicked, this, &AutopilotPage::sendTest);
    if (m_context.autopilot)
        connect(m_context.autopilot, &AutopilotActions::changed, this, &AutopilotPage::loadAlerts);
    load();
}

void AutopilotPage::load()
{
    AutopilotActions* autopilot = m_context.autopilot;
    if (!autopilot)
        return;
    const AutopilotSettings::Set s = autopilot->settings();
    m_sync->setValue(s.syncMinutes);
    m_health->setValue(s.healthMinutes);
    m_hour->setCurrentIndex(std::max(0, m_hour->findData(s.reportHour)));
    m_weekday->setCurrentIndex(std::max(0, m_weekday->findData(s.weeklyDay)));
    m_emailTo->setText(s.emailTo);
    m_emailFrom->setText(s.emailFrom);
    m_smtpUrl->setText(s.smtpUrl);
    m_smtpUser->setText(s.smtpUser);
    m_smtpPassword->clear();
    m_smtpPassword->setPlaceholderText(autopilot->hasSmtpPassword()
            ? tr("Kept in the keychain; type to replace")
            : tr("Kept in the keychain, never in the workspace"));
    m_webhook->setText(s.webhookUrl);
    m_desktop->setChecked(s.desktopAlerts);
    const QString why = autopilot->whyNot();
    for (QWidget* w : std::initializer_list<QWidget*>{m_sync, m_health, m_hour, m_weekday, m_emailTo, m_emailFrom,
             m_smtpUrl, m_smtpUser, m_smtpPassword, m_webhook, m_desktop, m_save, m_test})
        w->setEnabled(why.isEmpty());
    m_note->setText(why);
    loadAlerts();
}

void AutopilotPage::loadAlerts()
{
    m_alerts->clear();
    if (!m_context.autopilot)
        return;
    const QList<Alerts::Alert> open = m_context.autopilot->openAlerts();
    for (const Alerts::Alert& a : open) {
        auto* item = new QListWidgetItem(
            tr("%1 — since %2")
                .arg(a.title, QLocale().toString(QDateTime::fromMSecsSinceEpoch(a.firstSeenAt), QLocale::ShortFormat)),
            m_alerts);
        item->setToolTip(a.detail);
    }
    if (open.isEmpty()) {
        auto* item = new QListWidgetItem(tr("None. (A problem becomes an alert once it has lasted long enough: a "
                                            "breaker open for an hour, a sync failing for half an hour.)"),
            m_alerts);
        item->setFlags(Qt::NoItemFlags);
    }
    // How the test went, once its messages are out.
    const QList<Notifications::State> test = m_context.autopilot->testStates();
    QStringList parts;
    for (const Notifications::State& n : test) {
        const QString channel = n.channel == u"email" ? tr("e-mail to %1").arg(n.target) : tr("webhook");
        if (n.state == u"sent")
            parts.append(tr("%1: sent").arg(channel));
        else if (n.state == u"failed")
            parts.append(tr("%1: failed: %2").arg(channel, n.lastError));
        else if (!n.lastError.isEmpty())
            parts.append(tr("%1: trying again (%2)").arg(channel, n.lastError));
        else
            parts.append(tr("%1: sending").arg(channel));
    }
    if (!parts.isEmpty())
        m_note->setText(tr("Test message — %1.").arg(parts.join(u"; "_s)));
}

void AutopilotPage::say(const QString& text)
{
    m_note->setText(text);
    emit message(text);
}

bool AutopilotPage::save()
{
    AutopilotSettings::Set s;
    s.syncMinutes = m_sync->value();
    s.healthMinutes = m_health->value();
    s.reportHour = m_hour->currentData().toInt();
    s.weeklyDay = m_weekday->currentData().toInt();
    s.emailTo = m_emailTo->text().trimmed();
    s.emailFrom = m_emailFrom->text().trimmed();
    s.smtpUrl = m_smtpUrl->text().trimmed();
    s.smtpUser = m_smtpUser->text().trimmed();
    s.webhookUrl = m_webhook->text().trimmed();
    s.desktopAlerts = m_desktop->isChecked();
    QString error;
    const QString password = m_smtpPassword->text();
    const bool ok = m_context.autopilot->save(s, password, &error,
        [self = QPointer<AutopilotPage>(this), hasPassword = !password.isEmpty()](const QString& e) {
            // The keychain answers later: the page may be closed by then.
            if (!self)
                return;
            if (!e.isEmpty())
                self->say(tr("Saved, but the password could not go into the keychain: %1").arg(e));
            else if (hasPassword)
                self->say(tr("Saved; the password is in the keychain."));
            self->m_smtpPassword->clear();
        });
    if (!ok) {
        m_note->setText(error);
        return false;
    }
    if (password.isEmpty())
        say(tr("Saved. The stores sync every %n minute(s).", nullptr, s.syncMinutes));
    return true;
}

void AutopilotPage::sendTest()
{
    if (!save())
        return;
    QString error;
    const int queued = m_context.autopilot->sendTest(&error);
    if (queued < 0)
        say(error);
    else if (queued == 0)
        say(tr("Nothing to send to: enter an e-mail address and mail server, or a webhook, first."));
    else
        loadAlerts();
}
