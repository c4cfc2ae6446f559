#pragma once

#include "UiContext.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

// The brand profile: how the copy should sound, words it must never use and phrases it must carry
// (both enforced by the checks), palette and fonts for generated sites, and the target margin.
class BrandPage final : public QWidget
{
    Q_OBJECT
public:
    explicit BrandPage(const UiContext& context, QWidget* parent = nullptr);
    QPlainTextEdit* voiceEdit() const { return m_voice; }
    QLabel* measuredText() const { return m_measured; }
    QPushButton* forgetMeasureButton() const { return m_forget; }
    QPlainTextEdit* bannedEdit() const { return m_banned; }
    QPushButton* saveButton() const { return m_save; }
    // Opens the dialog that learns the voice from pasted examples.
    void learnVoice();
    bool save();

signals:
    void message(const QString& text);

private:
    void load();
    void pickColour(int index);

    UiContext m_context;
    QPlainTextEdit* m_voice;
    QPlainTextEdit* m_banned;
    QPlainTextEdit* m_required;
    QPlainTextEdit* m_offers;
    QLineEdit* m_competitors;
    QLineEdit* m_certifications;
    QList<QPushButton*> m_colours;
    QStringList m_palette;
    QFontComboBox* m_headingFont;
    QFontComboBox* m_bodyFont;
    QSpinBox* m_margin;
    QComboBox* m_language;
    QPushButton* m_save;
    QPushButton* m_learn;
    QLabel* m_measured;         // whether pieces are scored against a measured voice
    QPushButton* m_forget;      // stops scoring against it
    QJsonObject m_voiceMeasure; // VoiceProfile::Profile::toJson, saved with the brand
    void showMeasure();
};
