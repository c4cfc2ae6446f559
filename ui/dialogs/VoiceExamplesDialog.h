#pragma once

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QPlainTextEdit;
class QPushButton;

// Settings → Brand → Learn from examples: the owner pastes 5 to 20 texts the brand has written; Quorum measures them
// (VoiceProfile) and says the voice in words, which the owner takes into the brand voice and edits there.
class VoiceExamplesDialog final : public QDialog
{
    Q_OBJECT
public:
    VoiceExamplesDialog(const QString& language, QWidget* parent);

    QPlainTextEdit* examples() const { return m_examples; }
    QPlainTextEdit* profile() const { return m_profile; }
    QPushButton* measureButton() const { return m_measure; }
    QPushButton* useButton() const { return m_use; }
    QLabel* problem() const { return m_problem; }
    void measure();

signals:
    // The voice in words, to put in the brand voice, and the measurements each piece is scored against.
    void voiceChosen(const QString& voice, const QJsonObject& measure);

private:
    QString m_language;
    QJsonObject m_measurements;
    QPlainTextEdit* m_examples;
    QPushButton* m_measure;
    QLabel* m_count;
    QLabel* m_problem;
    QPlainTextEdit* m_profile;
    QPushButton* m_use;
};
