/**
 * npm run validate [manifest.xml] [--assets <folder>]
 * Offline checks of the add-in manifest; Microsoft's online validator only when PCTN_ONLINE_VALIDATE=1.
 * Exit code 0 when everything passes, 1 otherwise.
 */
import { resolve } from 'node:path';
import { validateOnline } from './online';
import type { ManifestProblem } from './problem';
import { validateManifestFile } from './validate-manifest';

interface CliArguments {
  manifestPath: string;
  assetsDir?: string;
}

class UsageError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
  }
}

const USAGE = 'tsx scripts/manifest/cli.ts [manifest.xml] [--assets <thư mục/folder>]';

function parseArguments(args: string[]): CliArguments {
  let manifestPath: string | undefined;
  let assetsDir: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--assets') {
      const value = args[i + 1];
      if (!value) throw new UsageError('Thiếu thư mục sau --assets.', 'A folder is missing after --assets.');
      assetsDir = resolve(value);
      i += 1;
    } else if (arg.startsWith('-')) {
      throw new UsageError(`Tùy chọn không hợp lệ: ${arg}`, `Unknown option: ${arg}`);
    } else if (manifestPath) {
      throw new UsageError(`Chỉ kiểm tra được một manifest mỗi lần (thừa: ${arg}).`, `Only one manifest can be checked at a time (extra: ${arg}).`);
    } else {
      manifestPath = resolve(arg);
    }
  }
  return { manifestPath: manifestPath ?? resolve('manifest.xml'), assetsDir };
}

function printProblems(problems: ManifestProblem[]): void {
  for (const found of problems) {
    console.error(`✗ ${found.path}`);
    console.error(`  ${found.vi}`);
    console.error(`  ${found.en}`);
  }
  console.error('');
  console.error(`Manifest có ${problems.length} lỗi: Word sẽ không nạp hoặc nạp sai phần bổ trợ.`);
  console.error(`The manifest has ${problems.length} problem(s): Word would not load the add-in, or load it wrongly.`);
}

async function main(): Promise<number> {
  let cliArguments: CliArguments;
  try {
    cliArguments = parseArguments(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.vi);
    console.error(error.en);
    console.error(`${USAGE}`);
    return 1;
  }
  const { manifestPath, assetsDir } = cliArguments;
  const problems = validateManifestFile(manifestPath, assetsDir ? { assetsDir } : {});
  if (problems.length > 0) {
    printProblems(problems);
    return 1;
  }
  console.log(`✓ ${manifestPath}`);
  console.log('Kiểm tra ngoại tuyến: manifest hợp lệ (cấu trúc, thứ tự phần tử, resid, biểu tượng, URL https, độ dài chuỗi).');
  console.log('Offline checks passed (structure, element order, resids, icons, https URLs, string lengths).');

  if (process.env.PCTN_ONLINE_VALIDATE !== '1') {
    console.log('Bỏ qua kiểm tra trực tuyến của Microsoft vì cần truy cập mạng (đặt PCTN_ONLINE_VALIDATE=1 để chạy).');
    console.log("Skipped Microsoft's online validation because it needs network access (set PCTN_ONLINE_VALIDATE=1 to run it).");
    return 0;
  }
  console.log('Đang gửi manifest tới dịch vụ kiểm tra của Microsoft…');
  console.log("Sending the manifest to Microsoft's validation service…");
  const online = await validateOnline(manifestPath);
  switch (online.status) {
    case 'valid':
      console.log('✓ Dịch vụ kiểm tra của Microsoft chấp nhận manifest.');
      console.log("✓ Microsoft's validation service accepted the manifest.");
      return 0;
    case 'invalid':
      for (const issue of online.issues) console.error(`✗ ${issue.title}: ${issue.detail}`);
      console.error('Dịch vụ kiểm tra của Microsoft từ chối manifest (chi tiết bằng tiếng Anh ở trên).');
      console.error("Microsoft's validation service rejected the manifest (details above).");
      return 1;
    case 'unavailable':
      console.error(online.vi);
      console.error(online.en);
      return 1;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`Lỗi không mong đợi khi kiểm tra manifest: ${reason}`);
    console.error(`Unexpected error while checking the manifest: ${reason}`);
    process.exitCode = 1;
  },
);
