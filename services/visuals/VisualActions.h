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
    VisualActions(const ChangeDoor& door, WorkerPool* pool);

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
    Progress progress(qint64 productId) const;

    // Queues the visuals with a headline (empty: the product's name) in the owner's colour (invalid: the one that
    // reads best). False with *error in words.
    bool make(qint64 productId, const QString& headline, const QColor& textColor, QString* error);
    // The headline colours offered: the shop's brand colours, then white and black.
    QList<QColor> headlineColors() const;
    // A person's verdict on one visual. False with *error in words.
    bool decide(qint64 visualId, bool approve, QString* error);

private:
    ChangeDoor m_door;
    WorkerPool* m_pool;
};
