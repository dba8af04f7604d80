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
 * Static checks of the three plugins that Moodle itself would only report at run time:
 * language packs (en and de with identical, alphabetically sorted keys), a string for every
 * capability, and a valid example context in every Mustache template.
 * Usage: php tests/php/check_plugins.php   (exit 1 on any problem)
 *
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

// phpcs:disable moodle.Files.MoodleInternal.MoodleInternalGlobalState -- runs without Moodle: no config.php to include.
define('MOODLE_INTERNAL', true);
// The constants db/access.php files use, with Moodle's values.
foreach (
    ['RISK_MANAGETRUST' => 0x0001, 'RISK_CONFIG' => 0x0002, 'RISK_XSS' => 0x0004, 'RISK_PERSONAL' => 0x0008,
        'RISK_SPAM' => 0x0010, 'RISK_DATALOSS' => 0x0020, 'CONTEXT_SYSTEM' => 10, 'CONTEXT_USER' => 30,
        'CONTEXT_COURSECAT' => 40, 'CONTEXT_COURSE' => 50, 'CONTEXT_MODULE' => 70, 'CONTEXT_BLOCK' => 80,
        'CAP_ALLOW' => 1, 'CAP_PREVENT' => -1, 'CAP_PROHIBIT' => -1000] as $name => $value
) {
    define($name, $value);
}
$root = dirname(__DIR__, 2);
$plugins = [
    'local_digitalstrategy' => ['local/digitalstrategy', 'local_digitalstrategy'],
    'mod_devcircle' => ['mod/devcircle', 'devcircle'],
    'block_digicheck' => ['blocks/digicheck', 'block_digicheck'],
];
$problems = [];

/**
 * The strings a language file defines.
 *
 * @param string $file the language file
 * @return array<string, string>
 */
function load_strings(string $file): array {
    $string = [];
    include($file);
    return $string;
}

foreach ($plugins as $component => [$path, $langfile]) {
    $dir = "$root/$component";
    $en = "$dir/lang/en/$langfile.php";
    $de = "$dir/lang/de/$langfile.php";
    foreach ([$en, $de] as $f) {
        if (!is_file($f)) {
            $problems[] = "$component: missing " . substr($f, strlen($root) + 1);
        }
    }
    if ($problems) {
        continue;
    }
    $strings = ['en' => load_strings($en), 'de' => load_strings($de)];
    foreach ($strings as $lang => $s) {
        $keys = array_keys($s);
        $sorted = $keys;
        sort($sorted, SORT_STRING);
        if ($keys !== $sorted) {
            $problems[] = "$component: lang/$lang keys are not sorted alphabetically";
        }
        foreach ($s as $k => $v) {
            if (trim((string) $v) === '') {
                $problems[] = "$component: lang/$lang string '$k' is empty";
            }
        }
    }
    foreach (array_diff_key($strings['en'], $strings['de']) as $k => $v) {
        $problems[] = "$component: '$k' is in lang/en but not in lang/de";
    }
    foreach (array_diff_key($strings['de'], $strings['en']) as $k => $v) {
        $problems[] = "$component: '$k' is in lang/de but not in lang/en";
    }
    foreach (['pluginname', 'privacy:metadata'] as $required) {
        $has = isset($strings['en'][$required]) || preg_grep('/^privacy:metadata/', array_keys($strings['en']));
        if ($required === 'pluginname' && !isset($strings['en']['pluginname'])) {
            $problems[] = "$component: no 'pluginname' string";
        } else if (!$has) {
            $problems[] = "$component: no privacy:metadata strings";
        }
    }
    if (is_file("$dir/db/access.php")) {
        $capabilities = [];
        include("$dir/db/access.php");
        foreach (array_keys($capabilities) as $cap) {
            // Moodle's string for capability a/b:c is b:c in the plugin's language file.
            $key = substr($cap, strrpos($cap, '/') + 1);
            foreach (['en', 'de'] as $lang) {
                if (!isset($strings[$lang][$key])) {
                    $problems[] = "$component: capability $cap has no string '$key' in lang/$lang";
                }
            }
        }
    }
    foreach (glob("$dir/templates/{,*/}*.mustache", GLOB_BRACE) as $tpl) {
        $text = file_get_contents($tpl);
        $name = substr($tpl, strlen($root) + 1);
        if (!preg_match('/@template\s+\S+/', $text)) {
            $problems[] = "$name: no @template doc comment";
        }
        if (!preg_match('/Example context \(json\):\s*(\{.*?\})\s*\}\}/s', $text, $m)) {
            $problems[] = "$name: no Example context (json)";
        } else if (json_decode($m[1]) === null) {
            $problems[] = "$name: Example context is not valid JSON: " . json_last_error_msg();
        }
    }
}

if ($problems) {
    fwrite(STDERR, implode(PHP_EOL, $problems) . PHP_EOL);
    exit(1);
}
echo "plugin checks: lang packs, capability strings and templates OK\n";
