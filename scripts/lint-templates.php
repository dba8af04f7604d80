<?php
// This file is part of Moodle - https://moodle.org/
//
// Moodle is free software: you can redistribute it and/or modify
// it under the terms of the GNU General Public License as published by
// the Free Software Foundation, either version 3 of the License, or
// (at your option) any later version.
//
// Moodle is distributed in the hope that it will be useful,
// but WITHOUT ANY WARRANTY; without even the implied warranty of
// MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
// GNU General Public License for more details.
//
// You should have received a copy of the GNU General Public License
// along with Moodle.  If not, see <https://www.gnu.org/licenses/>.

/**
 * Lints the plugins' Mustache templates the way Moodle's CI does (moodle-plugin-ci mustache).
 *
 * Inside a real Moodle site, each template is rendered with its "Example context (json)" by Moodle's
 * own Mustache engine and helpers (strings, icons, {{#js}}); the HTML fragment, wrapped in an HTML5
 * document, goes to the Nu HTML checker (vnu.jar, all templates in one run), and the JavaScript of
 * its {{#js}} blocks to ESLint with Moodle's rules for inline template JavaScript. A template
 * passes when it renders without exception or debugging output and neither checker reports a
 * message (errors and warnings alike, as Moodle's CI counts them).
 *
 * Usage: php scripts/lint-templates.php <moodle site dir> <vnu.jar> [component/template ...]
 * Writes "<passed> <failed> 0" and the failures to the file named by TEST_COUNTS, when set.
 *
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

define('CLI_SCRIPT', true);
require(($argv[1] ?? '.') . '/config.php');

if ($argc < 3) {
    fwrite(STDERR, "usage: php scripts/lint-templates.php <moodle site dir> <vnu.jar> [component/template ...]\n");
    exit(2);
}
$repository = dirname(__DIR__);
$vnujar = $argv[2];
$only = array_slice($argv, 3);

$PAGE->set_context(context_system::instance());
$PAGE->set_url('/');
$renderer = $PAGE->get_renderer('core', null, RENDERER_TARGET_GENERAL);

/**
 * The example context of a template, as Moodle's template library and CI read it.
 *
 * @param string $source the template
 * @return array{0: ?stdClass, 1: string} the decoded example (null when missing or invalid) and the problem
 */
function lint_templates_example(string $source): array {
    if (!preg_match_all('/{{!([\s\S]*?)}}/', $source, $comments)) {
        return [null, 'no documentation comment with @template'];
    }
    foreach ($comments[1] as $comment) {
        $start = strpos($comment, '@template');
        if ($start === false) {
            continue;
        }
        if (!preg_match('/Example context \(json\):([\s\S]*)$/', substr($comment, $start), $m)) {
            return [null, 'no Example context (json) in the @template comment'];
        }
        $example = json_decode($m[1]);
        if (!$example instanceof stdClass) {
            return [null, 'the Example context is not a JSON object: ' . json_last_error_msg()];
        }
        return [$example, ''];
    }
    return [null, 'no documentation comment with @template'];
}

/**
 * The JavaScript the page collected from {{#js}} blocks so far.
 *
 * @param moodle_page $page
 * @return string[]
 */
function lint_templates_inline_js(moodle_page $page): array {
    $property = new ReflectionProperty($page->requires, 'amdjscode');
    return array_values((array) $property->getValue($page->requires));
}

/**
 * The element a partial's fragment belongs in, when its root element cannot stand in a body (a list
 * item, a table row, an option): the fragment is validated inside that parent instead of failing on
 * where it stands. Moodle's CI validates it in the body alone (and plugins list such partials in a
 * .mustachelintignore file, which skips their validation entirely).
 *
 * @param string $html the rendered fragment
 * @return array{0: string, 1: string} opening and closing tags of the parent
 */
function lint_templates_parent(string $html): array {
    if (!preg_match('/^\s*<([a-z][a-z0-9]*)\b/i', $html, $m)) {
        return ['', ''];
    }
    switch (strtolower($m[1])) {
        case 'li':
            return ['<ul>', '</ul>'];
        case 'tr':
            return ['<table><tbody>', '</tbody></table>'];
        case 'td':
        case 'th':
            return ['<table><tbody><tr>', '</tr></tbody></table>'];
        case 'option':
        case 'optgroup':
            return ['<select aria-label="x">', '</select>'];
        case 'dt':
        case 'dd':
            return ['<dl>', '</dl>'];
        default:
            return ['', ''];
    }
}

$plugins = [
    'local_digitalstrategy' => 'local_digitalstrategy',
    'mod_devcircle' => 'mod_devcircle',
    'block_digicheck' => 'block_digicheck',
];
$work = make_request_directory();
$results = [];
foreach ($plugins as $component => $folder) {
    $base = "$repository/$folder/templates";
    if (!is_dir($base)) {
        continue;
    }
    $files = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($base, FilesystemIterator::SKIP_DOTS));
    $names = [];
    foreach ($files as $file) {
        if (substr($file->getFilename(), -9) === '.mustache') {
            $names[] = $component . '/' . substr($file->getPathname(), strlen($base) + 1, -9);
        }
    }
    sort($names);
    foreach ($names as $name) {
        if ($only && !in_array($name, $only, true)) {
            continue;
        }
        $problems = [];
        $source = file_get_contents("$base/" . substr($name, strlen($component) + 1) . '.mustache');
        [$example, $problem] = lint_templates_example($source);
        if ($example === null) {
            $results[$name] = ['problems' => [$problem], 'html' => null, 'js' => null];
            continue;
        }
        $jsbefore = count(lint_templates_inline_js($PAGE));
        $html = '';
        ob_start();
        try {
            $html = $renderer->render_from_template($name, $example);
        } catch (Throwable $e) {
            $problems[] = 'rendering failed: ' . get_class($e) . ': ' . $e->getMessage();
        }
        $printed = trim((string) ob_get_clean());
        if ($printed !== '') {
            $problems[] = 'output while rendering (debugging?): ' . preg_replace('/\s+/', ' ', $printed);
        }
        $js = implode("\n", array_slice(lint_templates_inline_js($PAGE), $jsbefore));
        $slug = str_replace('/', '__', $name);
        $htmlfile = null;
        if (trim($html) !== '') {
            $htmlfile = "$work/$slug.html";
            [$open, $close] = lint_templates_parent($html);
            file_put_contents($htmlfile, "<!DOCTYPE html><html lang=\"en\"><head><title>Validate</title></head><body>{$open}\n"
                . $html . "\n{$close}</body></html>\n");
        }
        $jsfile = null;
        if (trim($js) !== '') {
            $jsfile = "$work/$slug.js";
            file_put_contents($jsfile, $js . "\n");
        }
        $results[$name] = ['problems' => $problems, 'html' => $htmlfile, 'js' => $jsfile];
    }
}

// The Nu HTML checker over every rendered template in one JVM (it writes its JSON to stderr).
$htmlfiles = array_filter(array_map(fn($r) => $r['html'], $results));
if ($htmlfiles) {
    $command = 'java -jar ' . escapeshellarg($vnujar) . ' --format json --exit-zero-always '
        . implode(' ', array_map('escapeshellarg', $htmlfiles)) . ' 2>&1';
    $output = shell_exec($command);
    $report = json_decode((string) $output);
    if (!isset($report->messages)) {
        fwrite(STDERR, "The Nu HTML checker did not answer with a report:\n$output\n");
        exit(1);
    }
    foreach ($report->messages as $message) {
        $file = preg_replace('~^file:~', '', (string) ($message->url ?? ''));
        $name = array_search(realpath($file) ?: $file, array_map(fn($f) => realpath($f) ?: $f, $htmlfiles), true);
        $type = $message->type . (isset($message->subType) ? "/{$message->subType}" : '');
        $line = isset($message->lastLine) ? ', line ' . ($message->lastLine - 1) : '';
        $extract = isset($message->extract) ? ' (' . preg_replace('/\s+/', ' ', trim($message->extract)) . ')' : '';
        $text = "HTML {$type}{$line}: {$message->message}{$extract}";
        if ($name === false) {
            fwrite(STDERR, "Nu HTML checker: $text [$file]\n");
            exit(1);
        }
        $results[$name]['problems'][] = $text;
    }
}

// ESLint over the JavaScript of {{#js}} blocks, with Moodle's rules for it (from stdin: the files
// lie outside the folder of the configuration).
foreach ($results as $name => $result) {
    if ($result['js'] === null) {
        continue;
    }
    $command = [$repository . '/node_modules/.bin/eslint', '--no-config-lookup', '-c', 'template-js.eslint.config.js',
        '--format', 'json', '--stdin', '--stdin-filename', basename($result['js'])];
    $process = proc_open(
        $command,
        [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']],
        $pipes,
        $repository . '/scripts'
    );
    fwrite($pipes[0], file_get_contents($result['js']));
    fclose($pipes[0]);
    $output = stream_get_contents($pipes[1]);
    $errors = stream_get_contents($pipes[2]);
    fclose($pipes[1]);
    fclose($pipes[2]);
    proc_close($process);
    $report = json_decode((string) $output);
    if (!is_array($report) || !isset($report[0]->messages)) {
        fwrite(STDERR, "ESLint did not answer with a report:\n$output\n$errors\n");
        exit(1);
    }
    foreach ($report[0]->messages as $message) {
        $rule = $message->ruleId ?? 'parse';
        $line = $message->line ?? '?';
        $results[$name]['problems'][] = "JavaScript ({{#js}}) line {$line}: {$message->message} [{$rule}]";
    }
}

$passed = 0;
$failed = 0;
$details = [];
foreach ($results as $name => $result) {
    if ($result['problems']) {
        $failed++;
        $details[] = "failed: $name";
        echo "$name - FAILED\n";
        foreach ($result['problems'] as $problem) {
            echo "    $problem\n";
        }
    } else {
        $passed++;
        echo "$name - OK" . ($result['html'] === null ? ' (renders no HTML)' : '') . "\n";
    }
}
echo "$passed templates passed, $failed failed (Moodle " . $CFG->release . ")\n";
if (getenv('TEST_COUNTS')) {
    file_put_contents(getenv('TEST_COUNTS'), implode("\n", array_merge(["$passed $failed 0"], $details)) . "\n");
}
exit($failed > 0 || !$results ? 1 : 0);
