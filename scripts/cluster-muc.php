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
 * Points the site's MUC application caches at Redis (the cluster stack: the cache instance on
 * REDIS_CACHE_PORT, not the one that holds the sessions) or back at Moodle's default file store
 * (the single-node stack), as an admin would on the cache administration page.
 * The MUC configuration lives in the shared dataroot, so both web nodes and both cron runners see
 * the same stores.
 *
 * Usage: php scripts/cluster-muc.php <moodle www> redis <port> | file
 *
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

define('CLI_SCRIPT', true);
require($argv[1] . '/config.php');

use core_cache\config_writer;
use core_cache\store;

/** @var string the name of the Redis store instance in the MUC configuration */
const DIGISOZ_REDIS_STORE = 'digisoz_redis';

$mode = $argv[2] ?? '';
if (!in_array($mode, ['redis', 'file'], true)) {
    fwrite(STDERR, "usage: php cluster-muc.php <moodle www> redis <port> | file\n");
    exit(2);
}

$writer = config_writer::instance();
$stores = $writer->get_all_stores();
$mappings = [
    store::MODE_APPLICATION => ['default_application'],
    store::MODE_SESSION => ['default_session'],
    store::MODE_REQUEST => ['default_request'],
];
if ($mode === 'redis') {
    $port = (int) ($argv[3] ?? 0);
    $configuration = [
        'server' => "127.0.0.1:$port",
        'prefix' => 'digisoz_muc_',
        'password' => '',
        'serializer' => 1,
        'compressor' => 0,
    ];
    if (isset($stores[DIGISOZ_REDIS_STORE])) {
        $writer->edit_store_instance(DIGISOZ_REDIS_STORE, 'redis', $configuration);
    } else {
        $writer->add_store_instance(DIGISOZ_REDIS_STORE, 'redis', $configuration);
    }
    $mappings[store::MODE_APPLICATION] = [DIGISOZ_REDIS_STORE];
    $writer->set_mode_mappings($mappings);
    echo "MUC: application caches in Redis 127.0.0.1:$port\n";
} else {
    $writer->set_mode_mappings($mappings);
    if (isset($stores[DIGISOZ_REDIS_STORE])) {
        $writer->delete_store_instance(DIGISOZ_REDIS_STORE);
    }
    echo "MUC: application caches in the default file store\n";
}
purge_caches();
