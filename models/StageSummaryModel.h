#pragma once

#include <QAbstractListModel>
#include <QSqlDatabase>
#include <QVector>

// The pipeline at a glance for the dashboard: products per group of stages (drafts, being written,
// waiting to retry, waiting for you, ready to publish, live, failed). "Being written" counts only
// products whose run is not waiting out a failure: a product stuck on a missing key is not being
// written.
class StageSummaryModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        StagesRole = Qt::UserRole + 1,
        CountRole,
        ShareRole,
        WaitingRole // true on the group of products waiting to retry (same stages as "being written")
    };

    explicit StageSummaryModel(const QSqlDatabase& db, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    void reload();
    int total() const;

private:
    struct Group
    {
        QString label;
        QStringList stages;
        QString colorKey;
        QString explanation;
        bool waiting = false; // the writing stages whose job waits to retry, apart from those at work
        int count = 0;
    };
    QSqlDatabase m_db;
    QVector<Group> m_groups;
};
