#pragma once

#include "VisualStore.h"
#include "users/ChangeDoor.h"

class WorkerPool;

// The Pipeline's door to a product's visuals: what they are, making them (a "visual.make" job on the durable
// queue), and a person's verdict on one (approved or rejected, as with text). Reads are open to everyone at the
// desk; changes go through the change door (owners, audited) and tell the views (Products).
class VisualActions
{
public:
    // root: the workspace folder (a chosen logo is kept under visuals/).
    VisualActions(const ChangeDoor& door, WorkerPool* pool, const QString& root);

    QString whyNot() const { return m_door.whyNot(); }
    // Throws SqlError.
    QList<VisualStore::Visual> visuals(qint64 productId) const;

    // Where making the product's visuals stands: a job queued or running, and the last one's outcome in words.
    struct Progress
    {
        bool busy = false;
        QString problem; // the last job gave up: why
        QString note;    // the last job's summary
    };
    // A database error is said as the problem.
    Progress progress(qint64 productId) const;

    // Queues the visuals with a headline (empty: the product's name) in the owner's colour (invalid: the one that
    // reads best). False with *error in words.
    bool make(qint64 productId, const QString& headline, const QColor& textColor, QString* error);
    // The headline colours offered: the shop's brand colours, then white and black.
    QList<QColor> headlineColors() const;
    // A person's verdict on the visual they looked at (its row and when it was made: a visual made again since
    // is not decided by it). False with *error in words.
    bool decide(const VisualStore::Visual& seen, bool approve, QString* error);

    // Settings → Visuals: the shop's look, the image providers' quality marks and the guards' thresholds.
    struct Look
    {
        QList<QColor> brand;
        QString logoPath;                     // empty: no logo
        QList<VisualStore::Choice> providers; // in the order they are tried, with the owner's quality marks
        int minimumQuality = 3;
        VisualGuards::Rules rules;
    };
    // The defaults with *error set when the workspace cannot be read.
    Look look(QString* error = nullptr) const;
    // Saves it in one change (audited). A logo from elsewhere is copied into the workspace first (it must be a
    // picture of at least 32 pixels a side). False with *error in words; nothing is saved then.
    bool saveLook(const Look& look, QString* error);

private:
    ChangeDoor m_door;
    QString m_root;
    WorkerPool* m_pool;
};
