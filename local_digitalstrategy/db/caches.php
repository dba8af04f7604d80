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
 * Cache definitions of local_digitalstrategy.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$definitions = [
    // Instrument documents by instrument id. A stored version never changes (a changed instrument
    // is a new version with a new id), so entries never need invalidating.
    'instruments' => [
        'mode' => cache_store::MODE_APPLICATION,
        'simplekeys' => true,
        'simpledata' => true,
        'staticacceleration' => true,
        'staticaccelerationsize' => 10,
    ],
    // Aggregates over the latest submitted runs of all organisations: the anonymous peer averages
    // per organisation and the overview of all organisations. Purged whenever a run is submitted
    // or an organisation is added, archived or reactivated, through an invalidation event, so that
    // a web node whose store is its own (APCu, a local file store) forgets them too.
    'results' => [
        'mode' => cache_store::MODE_APPLICATION,
        'simplekeys' => true,
        'simpledata' => true,
        'invalidationevents' => [\local_digitalstrategy\local\cache\results_cache::EVENT],
        'staticacceleration' => true,
        'staticaccelerationsize' => 20,
    ],
    // The figures of the document-access statistics. Keyed by the aggregation position, so new log
    // rows make new keys; purged through an invalidation event when people are removed from them.
    'docaccess' => [
        'mode' => cache_store::MODE_APPLICATION,
        'simplekeys' => true,
        'simpledata' => false,
        'invalidationevents' => [\local_digitalstrategy\local\controlling\docaccess_cache::EVENT],
        'staticacceleration' => true,
        'staticaccelerationsize' => 4,
    ],
    // The request counters of the answering page's rate limits (per address, per token, per window).
    // They must be shared by every web node, so they belong in a shared store (the default file
    // store on the shared dataroot, or Redis); a window's counters are useless after two windows.
    'respondlimits' => [
        'mode' => cache_store::MODE_APPLICATION,
        'simplekeys' => true,
        'simpledata' => true,
        'ttl' => 2 * \local_digitalstrategy\local\campaign\respond_rate_limiter::WINDOW,
    ],
];
