#pragma once

#include "CommandLine.h"
#include "audit/AuditAnchor.h"

#include <QObject>

#include <cstdio>
#include <memory>

class SecretCache;
class SecretStore;
class Workspace;

// `quorum audit verify --workspace DIR`: walks the audit chain and holds it against the checkpoints
// outside the database (the anchor), without a window and without writing anything to the trail or
// the anchor. The result goes to stdout in the words the desktop's Verify uses.
// Exit codes: 0 intact and anchored, 1 changed (what was changed is named), 3 cannot verify (no
// workspace there, the database cannot be read), 4 the chain is intact but nothing outside the
// database vouches for it (no keychain, no checkpoints yet): a rewrite would not have been noticed.
class AuditVerifyRun final : public QObject
{
    Q_OBJECT
public:
    explicit AuditVerifyRun(
        const CommandLine& options, std::FILE* out = stdout, std::FILE* err = stderr, QObject* parent = nullptr);
    ~AuditVerifyRun() override;

    enum ExitCode
    {
        Intact = 0,
        Changed = 1,
        CannotVerify = 3,
        NotAnchored = 4
    };

    // Opens the workspace and asks the keychain for the anchor's key; false (with exitCode()) when the
    // workspace cannot be opened. finished() follows once the keychain has answered.
    bool start();
    int exitCode() const { return m_exitCode; }

signals:
    void finished(int exitCode);

private:
    void verify(const AuditAnchor::Key& key);
    void say(const QString& line);

    CommandLine m_options;
    std::FILE* m_out;
    std::FILE* m_err;
    int m_exitCode = Intact;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SecretCache> m_cache;
    SecretStore* m_secrets = nullptr;
};
