#include "CommandPalette.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace
{
// "&Run all drafts" → "Run all drafts"
QString plain(const QAction* action)
{
    QString text = action->text();
    text.remove(u'&');
    if (text.endsWith(u"…"_s))
        text.chop(1);
    return text;
}
} // namespace

CommandPalette::CommandPalette(const QList<QAction*>& actions, QWidget* parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_actions(actions)
{
    setObjectName(u"commandPalette"_s);
    setWindowTitle(tr("Commands"));
    m_filter->setObjectName(u"commandFilter"_s);
    m_filter->setPlaceholderText(tr("Type a command: pause, import, settings…"));
    m_list->setObjectName(u"commandList"_s);
    connect(m_filter, &QLineEdit::textChanged, this, &CommandPalette::refilter);
    connect(m_filter, &QLineEdit::returnPressed, this, &CommandPalette::runCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &CommandPalette::runCurrent);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    // Up and Down move in the list while typing.
    auto* up = new QAction(this);
    up->setShortcut(Qt::Key_Up);
    connect(up, &QAction::triggered, this, [this] { m_list->setCurrentRow(std::max(0, m_list->currentRow() - 1)); });
    auto* down = new QAction(this);
    down->setShortcut(Qt::Key_Down);
    connect(down, &QAction::triggered, this,
        [this] { m_list->setCurrentRow(std::min(m_list->count() - 1, m_list->currentRow() + 1)); });
    addAction(up);
    addAction(down);
    resize(460, 360);
    refilter({});
}

void CommandPalette::refilter(const QString& text)
{
    m_list->clear();
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    for (QAction* a : std::as_const(m_actions)) {
        // The palette does not offer itself.
        if (!a->isEnabled() || a->text().isEmpty() || a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_K))
            continue;
        const QString name = plain(a);
        if (!std::all_of(
                words.begin(), words.end(), [&](const QString& w) { return name.contains(w, Qt::CaseInsensitive); }))
            continue;
        auto* item = new QListWidgetItem(name, m_list);
        if (!a->shortcut().isEmpty())
            item->setText(name + u"    "_s + a->shortcut().toString(QKeySequence::NativeText));
        item->setData(Qt::UserRole, QVariant::fromValue(static_cast<QObject*>(a)));
    }
    m_list->setCurrentRow(0);
}

void CommandPalette::runCurrent()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    auto* action = qobject_cast<QAction*>(item->data(Qt::UserRole).value<QObject*>());
    accept();
    if (action)
        action->trigger();
}

ShortcutSheet::ShortcutSheet(const QList<QAction*>& actions, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"shortcutSheet"_s);
    setWindowTitle(tr("Keyboard shortcuts"));
    QList<std::pair<QString, QString>> rows;
    for (const QAction* a : actions) {
        if (!a->shortcut().isEmpty() && !a->text().isEmpty())
            rows.append({plain(a), a->shortcut().toString(QKeySequence::NativeText)});
    }
    // Keys that belong to a pane rather than a menu.
    rows.append({tr("Approvals: next / previous proposal"), u"J / K"_s});
    rows.append({tr("Approvals: approve, reject, modify"), u"A / R / M"_s});
    rows.append({tr("Pipeline: archive the selected products (Ctrl+Z undoes)"), tr("Delete")});
    rows.append({tr("Navigation rail: previous / next pane"), tr("Up / Down")});
    auto* table = new QTableWidget(static_cast<int>(rows.size()), 2, this);
    table->setObjectName(u"shortcutTable"_s);
    table->setHorizontalHeaderLabels({tr("Command"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (int r = 0; r < rows.size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(rows.at(r).first));
        table->setItem(r, 1, new QTableWidgetItem(rows.at(r).second));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(520, 520);
}
