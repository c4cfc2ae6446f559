#pragma once

#include "UiContext.h"

#include <QWidget>

#include "llm/LlmTypes.h"

class ProvidersModel;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

// AI providers and who writes and who reviews each kind of content. Keys are never stored here:
// a provider names where its key lives (an environment variable or the OS keychain).
class ProvidersPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ProvidersPage(const UiContext& context, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QComboBox* writerBox(const QString& domain) const;
    QComboBox* reviewerBox(const QString& domain) const;
    QCheckBox* selfReviewBox() const { return m_selfReview; }
    // Opens the Add provider dialog (create) or the selected provider's.
    void edit(bool create);
    // The routing domains, with "" for the default of every piece.
    static QStringList domains();

signals:
    void message(const QString& text);

private:
    // A new provider fills the writer and reviewer slots that are still empty, and says so.
    QString assignToEmptySlots(const ProviderConfig& config);
    void remove();
    void reloadRoutes();
    void saveRoute(const QString& domain);
    void fillBox(QComboBox* box, bool allowDefault);

    UiContext m_context;
    ProvidersModel* m_model;
    QTableView* m_table;
    QGridLayout* m_routes;
    QHash<QString, QComboBox*> m_writers;
    QHash<QString, QComboBox*> m_reviewers;
    QHash<QString, QLabel*> m_warnings;
    QCheckBox* m_selfReview;
};
