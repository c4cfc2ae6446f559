#pragma once

#include <QAbstractListModel>
#include <QSqlDatabase>
#include <QVector>

// The pipeline at a glance for the dashboard: products per group of stages (drafts, being written,
// waiting for you, ready to publish, live, failed).
class StageSummaryModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        StagesRole = Qt::UserRole + 1,
        CountRole,
        ShareRole
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
        int count = 0;
    };
    QSqlDatabase m_db;
    QVector<Group> m_groups;
};
