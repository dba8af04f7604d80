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

namespace local_digitalstrategy\output;

use core\output\named_templatable;
use core\output\renderable;
use core\output\renderer_base;
use moodle_url;

/**
 * The survey campaigns with their status and participation, for the project team.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class campaigns_page implements named_templatable, renderable {
    /**
     * Creates the page content.
     *
     * @param \stdClass[] $campaigns participation_repository::campaigns()
     */
    public function __construct(
        /** @var \stdClass[] The campaigns with invited and responded. */
        private readonly array $campaigns,
    ) {
    }

    /**
     * The Mustache template that renders this.
     *
     * @param renderer_base $renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'local_digitalstrategy/campaigns_page';
    }

    /**
     * The data of the template.
     *
     * @param renderer_base $output
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $context = \context_system::instance();
        $date = fn(int $time) => $time ? userdate($time, get_string('strftimedatefullshort', 'langconfig')) : '–';
        $rows = array_map(fn($c) => [
            'id' => (int) $c->id,
            'name' => format_string($c->name, true, ['context' => $context]),
            'url' => (new moodle_url('/local/digitalstrategy/campaign.php', ['id' => $c->id]))->out(false),
            'kind' => get_string('campaign_kind_' . $c->kind, 'local_digitalstrategy'),
            'status' => get_string('campaign_status_' . $c->status, 'local_digitalstrategy'),
            'timeopen' => $date((int) $c->timeopen),
            'timeclose' => $date((int) $c->timeclose),
            'bar' => (new participation_bar((int) $c->responded, (int) $c->invited, (int) $c->participationtarget))
                ->export_for_template($output),
        ], $this->campaigns);
        return [
            'campaigns' => $rows,
            'hascampaigns' => (bool) $rows,
            'createurl' => (new moodle_url('/local/digitalstrategy/campaign_edit.php'))->out(false),
        ];
    }
}
