using System.CommandLine;
using System.Text;
using EcoGov.Application;
using EcoGov.Cli.Commands;
using EcoGov.Core.Text;
using EcoGov.Data.Seeding;

namespace EcoGov.Cli;

/// <summary>Exit codes of every command (GUIDE: CLI conventions).</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>The command ran and found a failure it was asked to check; also an unexpected internal error (message on stderr).</summary>
    public const int CheckFailed = 1;
    /// <summary>Bad usage or bad input; the message names the problem.</summary>
    public const int BadInput = 2;
}

/// <summary>Thrown by a command for bad input; printed without a stack trace, exit code 2.</summary>
public sealed class CliInputException(string message) : Exception(message);

/// <summary>The `ecogov` command line: one root, one class per feature group.</summary>
public static class CliApp
{
    public static readonly Option<bool> Json = new("--json") { Description = "输出一个 JSON 文档 / print one JSON document on stdout", Recursive = true };
    public static readonly Option<string?> Database = new("--db") { Description = "SQLite 数据库文件或 PostgreSQL 连接串 Host=…（默认 data/ecogov.db，或环境变量 ECOGOV_DB）/ SQLite file or PostgreSQL connection string", Recursive = true };

    public static RootCommand Build(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("EcoGov 生态环境规划监管平台命令行 / EcoGov plan-supervision CLI");
        root.Options.Add(Json);
        root.Options.Add(Database);
        var output = new Output(stdout, stderr);
        foreach (var c in PlanCommands.Build(output)) root.Subcommands.Add(c);
        foreach (var c in ZoningCommands.Build(output)) root.Subcommands.Add(c);
        root.Subcommands.Add(ZoningLayerCommands.Build(output));
        root.Subcommands.Add(SeedCommands.Build(output));
        root.Subcommands.Add(ZoningDemoCommands.Build(output));
        root.Subcommands.Add(DemoCommands.Build(output));
        root.Subcommands.Add(AirCommands.Build(output));
        root.Subcommands.Add(WaterCommands.Build(output));
        root.Subcommands.Add(MonitoringCommands.Build(output));
        root.Subcommands.Add(ProgressCommands.Build(output));
        root.Subcommands.Add(ForesightCommand.Build(output));
        root.Subcommands.Add(DeadlineCommand.Build(output));
        foreach (var c in SupervisionCommands.Build(output)) root.Subcommands.Add(c);
        root.Subcommands.Add(PlanAuditCommand.Build(output));
        root.Subcommands.Add(SupervisionRuleCommands.Build(output));
        root.Subcommands.Add(PlanWorkbookCommands.Build(output));
        foreach (var c in OperationsCommands.Build(output)) root.Subcommands.Add(c);
        return root;
    }

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = Build(stdout, stderr);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors) stderr.WriteLine("用法错误 / usage: " + e.Message);
            stderr.WriteLine("运行 `./ecogov --help` 查看用法 / see `./ecogov --help`.");
            return ExitCodes.BadInput;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (CliInputException e)
        {
            stderr.WriteLine(UserText.EscapeControls(e.Message, keepLineBreaks: true));
            return ExitCodes.BadInput;
        }
        catch (ApplicationInputException e)
        {
            // Refused by an application service (bad input, unknown plan …): the web answers the same message as 400/404.
            stderr.WriteLine(UserText.EscapeControls(Message(e.Error), keepLineBreaks: true));
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (EcoGov.Data.DatabaseBusyException.Is(e))
        {
            // Another process kept the database locked longer than the busy timeout: refused, nothing written, retry.
            stderr.WriteLine(EcoGov.Data.DatabaseBusyException.From(e).Message);
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (EcoGov.Data.DatabaseUnavailableException.Is(e))
        {
            // The database server is down or unreachable (Store.Open names it): refused, nothing written, retry.
            stderr.WriteLine(EcoGov.Data.DatabaseUnavailableException.From(e).Message);
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (EcoGov.Data.StorageFullException.IsDiskFull(e))
        {
            stderr.WriteLine(EcoGov.Data.StorageFullException.From(e).Message);
            return ExitCodes.BadInput;
        }
        catch (SeedFileException e)
        {
            stderr.WriteLine(e.Message);
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException
                                      or ArgumentException or System.Data.Common.DbException)
        {
            // Bad paths, unreadable or foreign files (e.g. --db pointing at something that is not our database).
            stderr.WriteLine($"输入有误 / bad input: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"内部错误 / internal error ({e.GetType().Name}): {e.Message}");
            return ExitCodes.CheckFailed;
        }
    }

    /// <summary>
    /// An application error as the CLI prints it: the option of its field, then the message the web answers
    /// (<c>--as-of: 评价截止日期：…</c>).
    /// </summary>
    public static string Message(ApplicationError error) =>
        error.Field is null ? error.Message : $"{OptionOf(error.Field)}: {error.Message}";

    /// <summary>The option of a request field: <c>from</c> → <c>--from</c>, <c>asOf</c> → <c>--as-of</c>.</summary>
    public static string OptionOf(string field)
    {
        var sb = new StringBuilder("--", field.Length + 4);
        foreach (var c in field)
        {
            if (char.IsAsciiLetterUpper(c)) sb.Append('-').Append(char.ToLowerInvariant(c));
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
