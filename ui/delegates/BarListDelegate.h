#pragma once

#include <QStyledItemDelegate>

// A list row drawn as: colour dot, label (DisplayRole), a right-aligned note (ToolTipRole) and a
// bar filled to the 0-100 value in valueRole, in the DecorationRole colour. Used for cluster health
// and for the pipeline-by-stage summary.
class BarListDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit BarListDelegate(int valueRole, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_valueRole;
};
