#pragma once

#include <QDialog>
#include <QJsonObject>

class JsonForm;
class QLabel;

// Edits a piece by hand, field by field. Saving makes a new version, which is checked like any other.
class EditPieceDialog final : public QDialog
{
    Q_OBJECT
public:
    EditPieceDialog(const QString& kind, const QJsonObject& body, QWidget* parent = nullptr);
    JsonForm* form() const { return m_form; }
    void showError(const QString& error);

signals:
    void saveRequested(const QJsonObject& body);

private:
    void save();

    QString m_kind;
    JsonForm* m_form;
    QLabel* m_error;
};
