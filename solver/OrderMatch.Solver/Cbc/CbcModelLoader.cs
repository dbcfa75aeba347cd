namespace OrderMatch.Solver.Cbc;

/// <summary>Copies a <see cref="MipModel"/> into a new native CBC model in one <c>Cbc_loadProblem</c> call.</summary>
internal static unsafe class CbcModelLoader
{
    /// <summary>
    /// Loads the model. <paramref name="sense"/> multiplies the objective: −1 turns a
    /// maximisation into the minimisation CBC solves, so that every value CBC reports (objective,
    /// bound, log) is in one sense and only needs flipping back.
    /// </summary>
    public static CbcModelHandle Load(MipModel model, double sense)
    {
        var handle = CbcNative.NewModel();
        if (handle.IsInvalid)
        {
            handle.Dispose();
            throw new CbcException(CbcException.LibraryMissing, "Cbc_newModel returned no model.");
        }

        try
        {
            CbcNative.SetProblemName(handle, model.Name);
            LoadMatrix(handle, model, sense);
            for (var j = 0; j < model.ColumnCount; j++)
            {
                if (model.Integer[j])
                {
                    CbcNative.SetInteger(handle, j);
                }

                CbcNative.SetColumnName(handle, j, model.ColumnNames[j]);
            }

            for (var i = 0; i < model.RowCount; i++)
            {
                CbcNative.SetRowName(handle, i, model.Rows.Names[i]);
            }

            // The start is passed by index but matched by CBC through the column names set above.
            if (model.MipStart.Count > 0)
            {
                var columns = model.MipStart.Keys.ToArray();
                var values = model.MipStart.Values.ToArray();
                fixed (int* columnPointer = columns)
                fixed (double* valuePointer = values)
                {
                    CbcNative.SetMipStart(handle, columns.Length, columnPointer, valuePointer);
                }
            }

            return handle;
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    private static void LoadMatrix(CbcModelHandle handle, MipModel model, double sense)
    {
        var (starts, rowIndices, values) = model.Rows.ToColumnMajor(model.ColumnCount);
        var lower = Native(model.ColumnLower);
        var upper = Native(model.ColumnUpper);
        var objective = model.Objective.Select(c => sense * c + 0.0).ToArray();
        var rowLower = Native(model.Rows.Lower);
        var rowUpper = Native(model.Rows.Upper);

        // fixed on an empty array yields null; CBC is handed one dummy slot instead.
        if (rowIndices.Length == 0)
        {
            rowIndices = [0];
            values = [0.0];
        }

        if (rowLower.Length == 0)
        {
            rowLower = [0.0];
            rowUpper = [0.0];
        }

        fixed (int* startPointer = starts)
        fixed (int* indexPointer = rowIndices)
        fixed (double* valuePointer = values)
        fixed (double* lowerPointer = lower)
        fixed (double* upperPointer = upper)
        fixed (double* objectivePointer = objective)
        fixed (double* rowLowerPointer = rowLower)
        fixed (double* rowUpperPointer = rowUpper)
        {
            CbcNative.LoadProblem(
                handle, model.ColumnCount, model.RowCount,
                startPointer, indexPointer, valuePointer,
                lowerPointer, upperPointer, objectivePointer,
                rowLowerPointer, rowUpperPointer);
        }
    }

    /// <summary>CBC's infinity is DBL_MAX; IEEE infinities are mapped onto it.</summary>
    private static double[] Native(IReadOnlyList<double> values)
    {
        var result = new double[values.Count];
        for (var k = 0; k < result.Length; k++)
        {
            result[k] = Math.Clamp(values[k], double.MinValue, double.MaxValue);
        }

        return result;
    }
}
