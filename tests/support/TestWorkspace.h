#pragma once

#include "approvals/ApprovalDesk.h"
#include "core/Clock.h"
#include "storage/Workspace.h"
#include "users/Users.h"

#include <QTemporaryDir>

#include <memory>

// A workspace in a temporary folder, removed when the test ends. The clock is fixed so dates in the
// demo data (and everything computed from "today") are the same on every run.
class TestWorkspace
{
public:
    // 2026-11-20 12:00 local time.
    static qint64 fixedNow();

    // With demo, the demo data in language ("en" or "nl").
    explicit TestWorkspace(bool demo = false, const QString& language = QStringLiteral("en"));
    ~TestWorkspace();

    Workspace& workspace() { return *m_workspace; }
    QSqlDatabase db() const { return m_workspace->db(); }
    QString path() const { return m_dir.path(); }
    ManualClock& clock() { return m_clock; }
    bool isValid() const { return m_workspace != nullptr; }
    QString error() const { return m_error; }

    // Every value of every row of every table, as text (to prove a secret is stored nowhere).
    static QStringList everyValue(const QSqlDatabase& db);
    // The person name with role in the workspace's users (Ann, the owner who signed in first, adds them).
    static Users::User person(const QSqlDatabase& db, const QString& name, Users::Role role);
    // Drops the triggers that keep the audit log append-only (a test that tampers with it).
    static void allowAuditTampering(const QSqlDatabase& db);
    // A Campaign Manager's proposal to raise a campaign's daily budget from 600 to 1,500 EUR: one a person
    // must decide (the default rules hold budget changes for approval).
    static ApprovalDesk::Proposal budgetProposal(const QString& campaign);
    // Counts rows matching an SQL query's first column (helper for assertions).
    qint64 count(const QString& sql, const QVariantList& binds = {}) const;

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Workspace> m_workspace;
    QString m_error;
};
