using System.CommandLine;
using EcoGov.Application.Operations;

namespace EcoGov.Cli.Commands;

/// <summary>
/// 运维 operations on the store itself: `migrate` (apply pending migrations, nothing else), `backup --out F.zip` (a
/// consistent, engine-independent snapshot of the database, evidence files and data-protection keys) and `restore F.zip`
/// (into an empty store only). They act as the server's operator — whoever can open the database (its file or its
/// connection string) — like `seed import`, not as a platform user: a restore target has no users yet, and a backup holds
/// nothing the database's owner cannot already read. See docs/operations.md and docs/deploy/.
/// </summary>
public static class OperationsCommands
{
    public static IEnumerable<Command> Build(Output output)
    {
        var migrate = new Command("migrate", "把数据库升级到当前结构（只执行迁移，不导入种子、不建用户）/ apply pending migrations only");
        migrate.SetAction(p =>
        {
            var (db, _) = Store.OpenUninitialized(p);
            using (db)
            {
                var result = StoreMigrationService.Migrate(db);
                if (result.StaleMigrationLockCleared)
                    output.Error.WriteLine("已清除被中断进程残留的数据库迁移锁 / cleared a stale migration lock (__EFMigrationsLock) left by an interrupted process");
                if (p.GetValue(CliApp.Json)) output.Json(result);
                else if (result.Applied.Count == 0) output.Line($"{result.Database}：已是最新结构 {result.Current}，无需迁移 / already current, nothing applied");
                else
                {
                    output.Line($"{result.Database}：已执行 {result.Applied.Count} 个迁移 / applied {result.Applied.Count} migrations:");
                    foreach (var m in result.Applied) output.Line("  " + m);
                }
                return ExitCodes.Success;
            }
        });

        var outFile = new Option<string?>("--out") { Description = "备份文件 .zip（不覆盖已有文件）/ the backup file to write (not overwritten)", Required = true };
        var backup = new Command("backup", "备份数据库、佐证文件与登录密钥为一个 zip（运行中可执行，一致快照）/ back up the store to one zip (online, consistent)") { outFile };
        backup.SetAction(async (p, ct) =>
        {
            var (db, paths) = Store.OpenUninitialized(p);
            using (db)
            {
                var result = await new StoreBackupService(db, paths, TimeProvider.System).BackupAsync(p.GetValue(outFile)!, ct);
                if (p.GetValue(CliApp.Json)) output.Json(result);
                else
                {
                    output.Line($"已备份 / backed up {StoreMigrationService.Describe(db)} → {result.File}（{result.Bytes:N0} 字节 bytes，结构 schema {result.Migration}）");
                    output.Line($"数据行 rows {result.Tables.Sum(t => t.Rows):N0}（{result.Tables.Count} 张表 tables），佐证文件 evidence files {result.EvidenceFiles}，密钥文件 key files {result.KeyFiles}");
                }
                return ExitCodes.Success;
            }
        });

        var file = new Argument<string>("file") { Description = "由 ./ecogov backup 写出的 zip / a zip written by ./ecogov backup" };
        var restore = new Command("restore", "把备份恢复到空库（先完整校验，一个事务）/ restore a backup into an empty store") { file };
        restore.SetAction(async (p, ct) =>
        {
            var (db, paths) = Store.OpenUninitialized(p);
            using (db)
            {
                var result = await new StoreBackupService(db, paths, TimeProvider.System).RestoreAsync(p.GetValue(file)!, ct);
                if (p.GetValue(CliApp.Json)) output.Json(result);
                else
                {
                    output.Line($"已恢复 / restored {result.File} → {result.Database}（备份时间 created {result.CreatedUtc:yyyy-MM-dd HH:mm:ss} UTC，来自 from {result.FromProvider}，结构 schema {result.Migration}）");
                    output.Line($"数据行 rows {result.Tables.Sum(t => t.Rows):N0}（{result.Tables.Count} 张表 tables），佐证文件 evidence files {result.EvidenceFiles}，密钥文件 key files {result.KeyFiles}");
                }
                return ExitCodes.Success;
            }
        });
        return [migrate, backup, restore];
    }
}
