#pragma once

#include "UiContext.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

// Settings → Autopilot: how often the stores sync and the health is checked, when the daily and weekly
// reports are made, and where alerts and reports go (e-mail over the shop's mail server, a webhook,
// desktop notifications); a test message proves the way; the alerts open now are listed.
class AutopilotPage final : public QWidget
{
    Q_OBJECT
public:
    explicit AutopilotPage(const UiContext& context, QWidget* parent = nullptr);

    QSpinBox* syncMinutes() const { return m_sync; }
    QComboBox* reportHour() const { return m_hour; }
    QComboBox* weeklyDay() const { return m_weekday; }
    QLineEdit* emailTo() const { return m_emailTo; }
    QLineEdit* smtpUrl() const { return m_smtpUrl; }
    QLineEdit* webhook() const { return m_webhook; }
    QListWidget* alerts() const { return m_alerts; }
    QLabel* note() const { return m_note; }
    bool save();
    void sendTest();
    void load();

signals:
    void message(const QString& text);

private:
    void loadAlerts();
    void say(const QString& text);

    UiContext m_context;
    QSpinBox* m_sync;
    QSpinBox* m_health;
    QComboBox* m_hour;
    QComboBox* m_weekday;
    QLineEdit* m_emailTo;
    QLineEdit* m_emailFrom;
    QLineEdit* m_smtpUrl;
    QLineEdit* m_smtpUser;
    QLineEdit* m_smtpPassword;
    QLineEdit* m_webhook;
    QCheckBox* m_desktop;
    QListWidget* m_alerts;
    QPushButton* m_test;
    QPushButton* m_save;
    QLabel* m_note;
};
