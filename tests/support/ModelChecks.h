#pragma once

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QStringList>
#include <QTest>

// Helpers for model tests: every model under test gets a QAbstractItemModelTester that reports
// through Qt Test, and column values can be read as a list.
namespace ModelChecks
{

inline QAbstractItemModelTester* attachTester(QAbstractItemModel* model)
{
    return new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
}

inline QStringList columnValues(
    const QAbstractItemModel* model, int column, int role = Qt::DisplayRole, const QModelIndex& parent = {})
{
    QStringList out;
    for (int r = 0; r < model->rowCount(parent); ++r)
        out.append(model->index(r, column, parent).data(role).toString());
    return out;
}

template <typename T>
inline QList<T> columnAs(const QAbstractItemModel* model, int column, int role, const QModelIndex& parent = {})
{
    QList<T> out;
    for (int r = 0; r < model->rowCount(parent); ++r)
        out.append(model->index(r, column, parent).data(role).template value<T>());
    return out;
}

} // namespace ModelChecks
