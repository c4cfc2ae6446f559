#pragma once

#include "RowListModel.h"

#include <QSqlDatabase>
#include <QString>

// The parts of one generated site, in chain and page order: the analyst's brief, the concept, the design
// tokens, then each section, with where it stands in the agreement gate, how many versions it has, whether a
// person locked it, and the last problem the gate found (what a person reads before writing it again).
struct SiteUnitRow
{
    qint64 id = 0;
    QString kind;
    QString state;
    int attempts = 0;
    int versions = 0;
    bool locked = false;
    bool accepted = false; // has an accepted version (the page uses it)
    QString problem;
};

class SiteUnitsModel final : public RowListModel<SiteUnitRow>
{
    Q_OBJECT
public:
    enum Column
    {
        Part,
        State,
        Versions,
        Locked,
        Problem,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        KindRole,
        LockedRole,
        AcceptedRole,
    };

    explicit SiteUnitsModel(const QSqlDatabase& db, QObject* parent = nullptr);

    void setSite(qint64 siteId);
    qint64 siteId() const { return m_siteId; }
    void reload();
    SiteUnitRow unitAt(int row) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    qint64 m_siteId = 0;
};
