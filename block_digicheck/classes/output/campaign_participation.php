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

namespace block_digicheck\output;

use core\output\named_templatable;
use core\output\renderable;
use core\output\renderer_base;
use local_digitalstrategy\output\participation_bar;
use moodle_url;

/**
 * The participation of the open survey campaigns, for the project team: name, a compact bar and
 * the figures per campaign, linking to the campaign page.
 *
 * @package    block_digicheck
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class campaign_participation implements named_templatable, renderable {
    /** @var int Most campaigns shown; the link leads to the rest. */
    public const MAX_CAMPAIGNS = 5;

    /**
     * Creates the part.
     *
     * @param \stdClass[] $campaigns participation_repository::campaigns(['open'], 'survey')
     */
    public function __construct(
        /** @var \stdClass[] The open campaigns with invited and responded. */
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
        return 'block_digicheck/campaign_participation';
    }

    /**
     * The data of the template.
     *
     * @param renderer_base $output
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $context = \context_system::instance();
        $rows = [];
        foreach (array_slice($this->campaigns, 0, self::MAX_CAMPAIGNS) as $c) {
            $rows[] = [
                'name' => format_string($c->name, true, ['context' => $context]),
                'url' => (new moodle_url('/local/digitalstrategy/campaign.php', ['id' => $c->id]))->out(false),
                'bar' => (new participation_bar((int) $c->responded, (int) $c->invited, (int) $c->participationtarget))
                    ->export_for_template($output),
            ];
        }
        return [
            'campaigns' => $rows,
            'more' => count($this->campaigns) > self::MAX_CAMPAIGNS,
            'listurl' => (new moodle_url('/local/digitalstrategy/campaigns.php'))->out(false),
        ];
    }
}
