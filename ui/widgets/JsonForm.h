#pragma once

#include <QJsonObject>
#include <QWidget>

#include <memory>

// A form built from a piece's JSON schema, so a person can edit generated content field by field:
// short text in a line edit (its schema's maxLength enforced), long text in a text box, lists of
// text one item per line, lists of records (FAQ, sizes) in a table with rows to add and remove, and
// nested objects (one per social platform) in groups.
class JsonForm final : public QWidget
{
    Q_OBJECT
public:
    explicit JsonForm(const QJsonObject& schema, QWidget* parent = nullptr);
    ~JsonForm() override;

    void setValue(const QJsonObject& value);
    QJsonObject value() const;

    // "meta_description" -> "Meta description"
    static QString label(const QString& key);

signals:
    void edited();

private:
    struct Node;
    std::unique_ptr<Node> m_root;
};
