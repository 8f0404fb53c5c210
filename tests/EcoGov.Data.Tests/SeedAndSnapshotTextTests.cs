using EcoGov.Core.Text;
using EcoGov.Data.Backup;
using EcoGov.Data.Seeding;

namespace EcoGov.Data.Tests;

/// <summary>
/// The store's refusals from its catalogue (<see cref="DataText"/>): a seed file's problem, the database and disk faults
/// and a snapshot's differences print the lines the literals printed before; a snapshot row's problem reads once in each
/// language; every one renders in one language.
/// </summary>
public class SeedAndSnapshotTextTests
{
    [Fact]
    public void A_seed_file_problem_prints_the_line_it_printed_before()
    {
        var e = new SeedFileException("f.json", "plans[0].id", DataText.DuplicatePlanId("p1"));
        Assert.Equal("种子数据文件有误 / bad seed file: f.json，位置 plans[0].id：规划编号p1重复 / duplicate plan id", e.Message);
        Assert.Equal("规划编号p1重复 / duplicate plan id", e.Problem);
        Assert.Equal("bad seed file: f.json, at plans[0].id: duplicate plan id p1", e.Text.Format(Message.English));
        Assert.Equal("种子数据文件有误: f.json，位置 plans[0].id：规划编号p1重复", e.Text.Format(Message.Chinese));

        var verbatim = new SeedFileException("jurisdictions.json", "-", "文件缺失 / file missing");
        Assert.Equal("种子数据文件有误 / bad seed file: jurisdictions.json，位置 -：文件缺失 / file missing", verbatim.Message);
        Assert.Equal("bad seed file: jurisdictions.json, at -: file missing", verbatim.Text.Format(Message.English));
    }

    [Fact]
    public void The_faults_print_the_lines_they_printed_before()
    {
        Assert.Equal("数据库暂时无法连接（db:5432/ecogov）：服务器未运行、正在重启或网络不通；本次未写入任何数据，请确认数据库已启动后稍后重试 " +
            "(the database at db:5432/ecogov is unavailable: not running, restarting or unreachable; nothing was written, retry later)",
            DatabaseUnavailableException.Create("db:5432/ecogov").Message);
        Assert.Equal("数据库暂时无法连接：服务器未运行、正在重启或网络不通；本次未写入任何数据，请确认数据库已启动后稍后重试 " +
            "(the database is unavailable: not running, restarting or unreachable; nothing was written, retry later)",
            DatabaseUnavailableException.Create().Message);
        var full = StorageFullException.From(new IOException("full"));
        Assert.Equal("磁盘空间不足，文件未能保存；本次未保留任何部分文件或记录，请联系管理员清理磁盘后重试 " +
            "(disk full: nothing was kept, neither a partial file nor a record; free disk space and retry)", full.Message);
        Assert.Equal("disk full: a file was not saved; nothing was kept, neither a partial file nor a record; free disk space and retry",
            full.Text.Format(Message.English));
        Assert.StartsWith("磁盘空间不足，佐证材料“a.pdf”未能保存；", StorageFullException.From(new IOException("full"), "佐证材料“a.pdf” / evidence file").Message);
    }

    [Fact]
    public void A_snapshot_row_problem_reads_once_in_each_language()
    {
        var e = new SnapshotFormatException("plans", 3, DataText.SnapshotColumnProblem("title", DataText.MustNotBeNull()));
        Assert.Equal("表 plans 第 3 行：列 title：不能为空 / table plans, line 3: column title: must not be null", e.Message);
        Assert.Equal("table plans, line 3: column title: must not be null", e.Text.Format(Message.English));
        Assert.Equal("列 plans.title 的类型为 int，应为 string / column type differs", DataText.ColumnTypeDiffers("plans", "title", "int", "string").Bilingual);
        Assert.Equal("表 plans 缺少列 title / column plans.title missing", DataText.ColumnMissing("plans", "title").Bilingual);
    }
}
