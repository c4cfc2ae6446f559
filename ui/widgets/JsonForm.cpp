#include "JsonForm.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

struct JsonForm::Node
{
    enum Kind
    {
        Object,
        Line,
        Text,
        StringList,
        Records
    };
    QString key;
    QJsonObject schema;
    Kind kind = Line;
    QLineEdit* line = nullptr;
    QPlainTextEdit* text = nullptr;
    QTableWidget* table = nullptr;
    QStringList columns;
    std::vector<std::unique_ptr<Node>> children;

    QJsonValue read() const
    {
        switch (kind) {
        case Object: {
            QJsonObject o;
            for (const auto& c : children)
                o.insert(c->key, c->read());
            return o;
        }
        case Line:
            return line->text().trimmed();
        case Text:
            return text->toPlainText().trimmed();
        case StringList: {
            QJsonArray a;
            for (const QString& item : text->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
                if (!item.trimmed().isEmpty())
                    a.append(item.trimmed());
            }
            return a;
        }
        case Records: {
            QJsonArray a;
            for (int r = 0; r < table->rowCount(); ++r) {
                QJsonObject o;
                bool any = false;
                for (int c = 0; c < columns.size(); ++c) {
                    const QString v = table->item(r, c) ? table->item(r, c)->text().trimmed() : QString();
                    any = any || !v.isEmpty();
                    o.insert(columns.at(c), v);
                }
                if (any)
                    a.append(o);
            }
            return a;
        }
        }
        return {};
    }

    void write(const QJsonValue& v)
    {
        switch (kind) {
        case Object:
            for (const auto& c : children)
                c->write(v.toObject().value(c->key));
            break;
        case Line:
            line->setText(v.toString());
            line->setCursorPosition(0);
            break;
        case Text:
            text->setPlainText(v.toString());
            break;
        case StringList: {
            QStringList items;
            for (const QJsonValue& item : v.toArray())
                items.append(item.toString());
            text->setPlainText(items.join(u'\n'));
            break;
        }
        case Records: {
            const QJsonArray a = v.toArray();
            table->setRowCount(static_cast<int>(a.size()));
            for (int r = 0; r < a.size(); ++r) {
                for (int c = 0; c < columns.size(); ++c)
                    table->setItem(r, c, new QTableWidgetItem(a.at(r).toObject().value(columns.at(c)).toString()));
            }
            table->resizeRowsToContents();
            break;
        }
        }
    }
};

namespace
{
bool isLong(const QString& key, const QJsonObject& schema)
{
    const qint64 max = schema.value(u"maxLength"_s).toInteger(0);
    return max == 0 || max > 200 || key.contains(u"body"_s) || key.contains(u"caption"_s) || key.contains(u"post"_s);
}
} // namespace

QString JsonForm::label(const QString& key)
{
    QString l = key;
    l.replace(u'_', u' ');
    if (l == u"seo title")
        return tr("SEO title");
    if (!l.isEmpty())
        l[0] = l.at(0).toUpper();
    return l;
}

JsonForm::JsonForm(const QJsonObject& schema, QWidget* parent)
    : QWidget(parent)
{
    std::function<std::unique_ptr<Node>(const QString&, const QJsonObject&, QWidget*, QFormLayout*)> build;
    build = [this, &build](const QString& key, const QJsonObject& s, QWidget* owner, QFormLayout* form) {
        auto node = std::make_unique<Node>();
        node->key = key;
        node->schema = s;
        const QString type = s.value(u"type"_s).toString();
        if (type == u"object") {
            node->kind = Node::Object;
            QFormLayout* into = form;
            QWidget* host = owner;
            if (form) {
                auto* group = new QGroupBox(label(key), owner);
                into = new QFormLayout(group);
                form->addRow(group);
                host = group;
            } else {
                into = new QFormLayout(owner);
                into->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
            }
            const QJsonObject props = s.value(u"properties"_s).toObject();
            // Keys in the schema's required order, which is the writing order.
            QStringList keys;
            for (const QJsonValue& k : s.value(u"required"_s).toArray())
                keys.append(k.toString());
            for (auto it = props.begin(); it != props.end(); ++it) {
                if (!keys.contains(it.key()))
                    keys.append(it.key());
            }
            for (const QString& k : keys)
                node->children.push_back(build(k, props.value(k).toObject(), host, into));
            return node;
        }
        if (type == u"array") {
            const QJsonObject items = s.value(u"items"_s).toObject();
            if (items.value(u"type"_s).toString() == u"object") {
                node->kind = Node::Records;
                const QJsonObject itemProps = items.value(u"properties"_s).toObject();
                for (auto it = itemProps.begin(); it != itemProps.end(); ++it)
                    node->columns.append(it.key());
                // The schema's required order puts "question" before "answer", "size" before "fit".
                QStringList ordered;
                for (const QJsonValue& k : items.value(u"required"_s).toArray())
                    ordered.append(k.toString());
                if (ordered.size() == node->columns.size())
                    node->columns = ordered;
                auto* box = new QWidget(owner);
                auto* table = new QTableWidget(0, static_cast<int>(node->columns.size()), box);
                QStringList headers;
                for (const QString& c : node->columns)
                    headers.append(label(c));
                table->setHorizontalHeaderLabels(headers);
                table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
                table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
                table->setWordWrap(true);
                table->setMinimumHeight(180);
                auto* add = new QPushButton(tr("Add row"), box);
                auto* remove = new QPushButton(tr("Remove row"), box);
                connect(add, &QPushButton::clicked, table, [table] {
                    table->insertRow(table->rowCount());
                    table->setCurrentCell(table->rowCount() - 1, 0);
                    table->editItem(table->item(table->rowCount() - 1, 0));
                });
                connect(remove, &QPushButton::clicked, table, [table] {
                    if (table->currentRow() >= 0)
                        table->removeRow(table->currentRow());
                });
                connect(table, &QTableWidget::itemChanged, this, &JsonForm::edited);
                auto* buttons = new QHBoxLayout;
                buttons->addWidget(add);
                buttons->addWidget(remove);
                buttons->addStretch();
                auto* v = new QVBoxLayout(box);
                v->setContentsMargins(0, 0, 0, 0);
                v->addWidget(table);
                v->addLayout(buttons);
                node->table = table;
                form->addRow(label(key), box);
                return node;
            }
            node->kind = Node::StringList;
            node->text = new QPlainTextEdit(owner);
            node->text->setPlaceholderText(tr("One per line"));
            node->text->setFixedHeight(110);
            connect(node->text, &QPlainTextEdit::textChanged, this, &JsonForm::edited);
            form->addRow(tr("%1 (one per line)").arg(label(key)), node->text);
            return node;
        }
        if (isLong(key, s)) {
            node->kind = Node::Text;
            node->text = new QPlainTextEdit(owner);
            node->text->setMinimumHeight(key.contains(u"body"_s) ? 260 : 90);
            connect(node->text, &QPlainTextEdit::textChanged, this, &JsonForm::edited);
            form->addRow(label(key), node->text);
        } else {
            node->kind = Node::Line;
            node->line = new QLineEdit(owner);
            if (s.contains(u"maxLength"_s))
                node->line->setMaxLength(static_cast<int>(s.value(u"maxLength"_s).toInteger()));
            connect(node->line, &QLineEdit::textEdited, this, &JsonForm::edited);
            form->addRow(label(key), node->line);
        }
        return node;
    };
    m_root = build(QString(), schema, this, nullptr);
}

JsonForm::~JsonForm() = default;

void JsonForm::setValue(const QJsonObject& value)
{
    m_root->write(value);
}

QJsonObject JsonForm::value() const
{
    return m_root->read().toObject();
}
