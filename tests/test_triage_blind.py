"""The triage on queries written by someone who had read neither the rules nor the engine.

Tables the rules are tuned on, all passing but a few rows: every red flag raises its level
or a more severe one, every ordinary complaint nothing, in Python and in the browser's engine
alike.
tests/triage_blind_tune.json and tests/triage_blind_holdout.json are the first blind set's two
halves (the holdout was run once untouched, then read and tuned on); tests/triage_blind2_tune.json
and tests/triage_blind2_holdout.json the second set's (its holdout run once untouched after the
second round, then read and tuned on in the third); tests/triage_blind3_tune.json is the tune half
of a third blind set; tests/triage_blind3_holdout.json its other half, kept from whoever tuned the
rules and run once untouched at the third round's merge (`python -m pwa.engines.triage_report
TABLE.json --misses`), then read and tuned on in the fourth. tests/triage_blind4_tune.json and
tests/triage_blind4_holdout.json are a fourth set, written blind and run once whole and
untouched after the fourth round; the fifth round tuned on the first half and kept the second
untouched (run once at its merge), which the sixth round then read and tuned on. A held-out
half's untouched run is kept below: the honest measure of how a round generalised, which no
floor may go under. tests/triage_blind5_tune.json is the tune half of a fifth set (its other
half is kept from whoever tunes), run once untouched in the sixth round, then tuned on.
tests/triage_blind6_tune.json is the tune half of a sixth set, written by a triage nurse (its
other half sealed), run once untouched in the seventh round, then tuned on; its held-out half,
run untouched at the seventh and eighth rounds' ends, was read and tuned on in the ninth.
tests/triage_blind{8,9,10,12}_{tune,holdout}.json are four more sets (1,000 queries: two massage
therapists, a first-contact physiotherapist, a short generic prompt), run once whole and untouched
on the eighth round's rules, then split by level with a fixed seed: the ninth round tuned on the
tune halves; the held-out halves, sealed away until then, were run once at its end.
"""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from pwa.engines.search_engine import search
from pwa.engines.triage import answer, read_by_browser, served_answer
from pwa.engines.triage_report import SEVERITY, passes, raised_level, report
from pwa.loader import get_content
from pwa.views.red_flags import for_region_page, get_rules
from pwa.views.search import get_prepared

HERE = Path(__file__).parent
TABLES = {name: json.loads((HERE / f"{name}.json").read_text())
          for name in ("triage_blind_tune", "triage_blind_holdout", "triage_blind2_tune",
                       "triage_blind2_holdout", "triage_blind3_tune", "triage_blind3_holdout",
                       "triage_blind4_tune", "triage_blind4_holdout", "triage_blind5_tune",
                       "triage_blind5_holdout", "triage_blind6_tune",
                       "triage_blind6_holdout", "triage_blind8_tune", "triage_blind8_holdout",
                       "triage_blind9_tune", "triage_blind9_holdout", "triage_blind10_tune",
                       "triage_blind10_holdout", "triage_blind12_tune",
                       "triage_blind12_holdout", "triage_blind13_tune", "triage_blind13_holdout",
                       "triage_blind14_tune", "triage_blind14_holdout", "triage_blind16_tune",
                       "triage_blind16_holdout", "triage_blind17_tune",
                       "triage_blind17_holdout", "triage_blind15_untouched",
                       "triage_blind18_tune", "triage_blind19_tune",
                       "triage_blind18_holdout", "triage_blind19_holdout",
                       "triage_blind20_tune", "triage_blind20_holdout",
                       "triage_blind21_untouched", "triage_blind22_tune",
                       "triage_blind22_holdout", "triage_blind23_tune",
                       "triage_blind23_holdout", "triage_blind24_tune",
                       "triage_blind24_holdout", "triage_blind25_tune",
                       "triage_blind25_holdout", "triage_blind26_tune",
                       "triage_blind26_holdout", "triage_blind27_tune",
                       "triage_blind27_holdout", "triage_blind28_tune",
                       "triage_blind28_holdout", "triage_blind29_read",
                       "triage_blind30_read", "triage_blind31_untouched",
                       "triage_blind32_untouched", "triage_blind33_read",
                       "triage_blind34_read", "triage_blind35_untouched",
                       "triage_blind36_untouched", "triage_blind37_tune",
                       "triage_blind37_holdout", "triage_blind38_tune",
                       "triage_blind38_holdout", "triage_blind40_tune",
                       "triage_blind40_holdout", "triage_blind39_untouched",
                       "triage_blind41_tune", "triage_blind41_holdout",
                       "triage_blind44_tune", "triage_blind44_holdout",
                       "triage_blind42_untouched", "triage_blind43_untouched",
                       "triage_blind45_untouched", "triage_blind46_untouched",
                       "triage_blind47_untouched", "triage_blind48_read",
                       "triage_blind49_read", "triage_blind50_untouched",
                       "triage_blind51_untouched", "triage_blind52_read",
                       "triage_blind53_tune", "triage_blind53_holdout",
                       "triage_blind54_tune", "triage_blind54_holdout",
                       "triage_blind55_tune", "triage_blind55_holdout",
                       "triage_blind57_tune", "triage_blind57_holdout",
                       "triage_blind56_untouched", "triage_blind58_untouched",
                       "triage_blind59_untouched", "triage_blind60_untouched",
                       "triage_blind61_tune", "triage_blind61_holdout",
                       "triage_blind62_tune", "triage_blind62_holdout",
                       "triage_blind63_tune", "triage_blind63_holdout",
                       "triage_blind64_untouched", "triage_blind65_untouched",
                       "triage_blind66_untouched", "triage_blind67_untouched",
                       "triage_blind68_untouched", "triage_blind69_untouched",
                       "triage_blind70_untouched", "triage_blind71_tune", "triage_blind72_tune",
                       "triage_blind73_tune", "triage_blind74_tune",
                       "triage_blind75_tune", "triage_blind76_tune", "triage_blind71_holdout",
                       "triage_blind72_holdout", "triage_blind73_holdout",
                       "triage_blind74_holdout", "triage_blind75_holdout",
                       "triage_blind76_holdout",
                       "triage_blind77_tune", "triage_blind78_tune", "triage_blind79_tune",
                       "triage_blind80_tune", "triage_blind81_tune", "triage_blind82_tune",
                       "triage_blind83_tune", "triage_blind84_tune", "triage_blind85_tune",
                       "triage_blind86_tune", "triage_blind87_tune", "triage_blind88_tune",
                       "triage_blind89_tune", "triage_blind90_tune", "triage_blind91_tune",
                       "triage_blind92_tune", "triage_blind77_holdout", "triage_blind78_holdout",
                       "triage_blind79_holdout", "triage_blind80_holdout",
                       "triage_blind81_holdout", "triage_blind82_holdout",
                       "triage_blind83_holdout", "triage_blind84_holdout",
                       "triage_blind85_holdout", "triage_blind86_holdout",
                       "triage_blind87_holdout", "triage_blind88_holdout",
                       "triage_blind89_holdout", "triage_blind90_holdout",
                       "triage_blind91_holdout", "triage_blind92_holdout",
                       "triage_blind93_tune", "triage_blind94_tune", "triage_blind95_tune",
                       "triage_blind96_tune", "triage_blind97_tune", "triage_blind98_tune",
                       "triage_blind99_tune", "triage_blind100_tune", "triage_blind101_tune",
                       "triage_blind102_tune", "triage_blind103_tune", "triage_blind104_tune",
                       "triage_blind105_tune", "triage_blind106_tune", "triage_blind107_tune",
                       "triage_blind108_tune", "triage_blind93_holdout", "triage_blind94_holdout",
                       "triage_blind95_holdout", "triage_blind96_holdout",
                       "triage_blind97_holdout", "triage_blind98_holdout",
                       "triage_blind99_holdout", "triage_blind100_holdout",
                       "triage_blind101_holdout", "triage_blind102_holdout",
                       "triage_blind103_holdout", "triage_blind104_holdout",
                       "triage_blind105_holdout", "triage_blind106_holdout",
                       "triage_blind107_holdout", "triage_blind108_holdout",
                       "triage_blind109_tune", "triage_blind110_tune", "triage_blind111_tune",
                       "triage_blind112_tune", "triage_blind113_tune", "triage_blind114_tune",
                       "triage_blind115_tune", "triage_blind116_tune",
                       "triage_blind109_holdout", "triage_blind110_holdout",
                       "triage_blind111_holdout", "triage_blind112_holdout",
                       "triage_blind113_holdout", "triage_blind114_holdout",
                       "triage_blind115_holdout", "triage_blind116_holdout",
                       "triage_blind117_untouched", "triage_blind118_untouched",
                       "triage_blind119_untouched", "triage_blind120_untouched",
                       "triage_blind121_untouched", "triage_blind122_untouched",
                       "triage_blind123_untouched", "triage_blind124_untouched",
                       "triage_blind125_tune", "triage_blind126_tune", "triage_blind127_tune",
                       "triage_blind128_tune", "triage_blind129_tune", "triage_blind130_tune",
                       "triage_blind131_tune", "triage_blind132_tune", "triage_blind125_holdout",
                       "triage_blind126_holdout", "triage_blind127_holdout",
                       "triage_blind128_holdout", "triage_blind129_holdout",
                       "triage_blind130_holdout", "triage_blind131_holdout",
                       "triage_blind132_holdout",
                       "triage_blind133_tune", "triage_blind134_tune", "triage_blind135_tune",
                       "triage_blind136_tune", "triage_blind137_tune", "triage_blind138_tune",
                       "triage_blind139_tune", "triage_blind140_tune", "triage_blind133_holdout",
                       "triage_blind134_holdout", "triage_blind135_holdout",
                       "triage_blind136_holdout", "triage_blind137_holdout",
                       "triage_blind138_holdout", "triage_blind139_holdout",
                       "triage_blind140_holdout",
                       "triage_blind141_untouched", "triage_blind142_untouched",
                       "triage_blind143_untouched", "triage_blind144_untouched",
                       "triage_blind145_untouched", "triage_blind146_untouched",
                       "triage_blind147_untouched", "triage_blind148_untouched",
                       "triage_blind149_tune", "triage_blind150_tune", "triage_blind151_tune",
                       "triage_blind152_tune", "triage_blind153_tune", "triage_blind154_tune",
                       "triage_blind155_tune", "triage_blind156_tune", "triage_blind149_holdout",
                       "triage_blind150_holdout", "triage_blind151_holdout",
                       "triage_blind152_holdout", "triage_blind153_holdout",
                       "triage_blind154_holdout", "triage_blind155_holdout",
                       "triage_blind156_holdout", "triage_blind157_tune", "triage_blind158_tune",
                       "triage_blind159_tune", "triage_blind160_tune", "triage_blind161_tune",
                       "triage_blind162_tune", "triage_blind163_tune", "triage_blind164_tune",
                       "triage_blind157_holdout", "triage_blind158_holdout",
                       "triage_blind159_holdout", "triage_blind160_holdout",
                       "triage_blind161_holdout", "triage_blind162_holdout",
                       "triage_blind163_holdout", "triage_blind164_holdout",
                       "triage_blind165_tune", "triage_blind166_tune", "triage_blind167_tune",
                       "triage_blind168_tune", "triage_blind169_tune", "triage_blind170_tune",
                       "triage_blind171_tune", "triage_blind172_tune", "triage_blind165_holdout",
                       "triage_blind166_holdout", "triage_blind167_holdout",
                       "triage_blind168_holdout", "triage_blind169_holdout",
                       "triage_blind170_holdout", "triage_blind171_holdout",
                       "triage_blind172_holdout", "triage_blind173_untouched",
                       "triage_blind174_untouched", "triage_blind175_untouched",
                       "triage_blind176_untouched", "triage_blind177_untouched",
                       "triage_blind178_untouched", "triage_blind179_untouched",
                       "triage_blind180_untouched", "triage_blind181_tune", "triage_blind182_tune",
                       "triage_blind183_tune", "triage_blind184_tune", "triage_blind185_tune",
                       "triage_blind186_tune", "triage_blind187_tune", "triage_blind188_tune",
                       "triage_blind181_holdout", "triage_blind182_holdout",
                       "triage_blind183_holdout", "triage_blind184_holdout",
                       "triage_blind185_holdout", "triage_blind186_holdout",
                       "triage_blind187_holdout", "triage_blind188_holdout",
                       "triage_blind189_tune", "triage_blind190_tune", "triage_blind191_tune",
                       "triage_blind192_tune", "triage_blind193_tune", "triage_blind194_tune",
                       "triage_blind195_tune", "triage_blind196_tune", "triage_blind189_holdout",
                       "triage_blind190_holdout", "triage_blind191_holdout",
                       "triage_blind192_holdout", "triage_blind193_holdout",
                       "triage_blind194_holdout", "triage_blind195_holdout",
                       "triage_blind196_holdout", "triage_blind197_tune", "triage_blind198_tune",
                       "triage_blind199_tune", "triage_blind200_tune", "triage_blind201_tune",
                       "triage_blind202_tune", "triage_blind203_tune", "triage_blind204_tune",
                       "triage_blind197_holdout", "triage_blind198_holdout",
                       "triage_blind199_holdout", "triage_blind200_holdout",
                       "triage_blind201_holdout", "triage_blind202_holdout",
                       "triage_blind203_holdout", "triage_blind204_holdout",
                       "triage_blind205_tune", "triage_blind206_tune", "triage_blind207_tune",
                       "triage_blind208_tune", "triage_blind209_tune", "triage_blind210_tune",
                       "triage_blind211_tune", "triage_blind212_tune", "triage_blind205_holdout",
                       "triage_blind206_holdout", "triage_blind207_holdout",
                       "triage_blind208_holdout", "triage_blind209_holdout",
                       "triage_blind210_holdout", "triage_blind211_holdout",
                       "triage_blind212_holdout", "triage_blind213_untouched",
                       "triage_blind214_untouched", "triage_blind215_untouched",
                       "triage_blind216_untouched", "triage_blind217_untouched",
                       "triage_blind218_untouched", "triage_blind219_untouched",
                       "triage_blind220_untouched", "triage_blind221_tune", "triage_blind222_tune",
                       "triage_blind223_tune", "triage_blind224_tune", "triage_blind225_tune",
                       "triage_blind226_tune", "triage_blind227_tune", "triage_blind228_tune",
                       "triage_blind221_holdout", "triage_blind222_holdout",
                       "triage_blind223_holdout", "triage_blind224_holdout",
                       "triage_blind225_holdout", "triage_blind226_holdout",
                       "triage_blind227_holdout", "triage_blind228_holdout",
                       "triage_blind229_tune", "triage_blind230_tune", "triage_blind231_tune",
                       "triage_blind232_tune", "triage_blind233_tune", "triage_blind234_tune",
                       "triage_blind235_tune", "triage_blind236_tune", "triage_blind229_holdout",
                       "triage_blind230_holdout", "triage_blind231_holdout",
                       "triage_blind232_holdout", "triage_blind233_holdout",
                       "triage_blind234_holdout", "triage_blind235_holdout",
                       "triage_blind236_holdout", "triage_blind245_tune", "triage_blind246_tune",
                       "triage_blind247_tune", "triage_blind248_tune", "triage_blind249_tune",
                       "triage_blind250_tune", "triage_blind251_tune", "triage_blind252_tune",
                       "triage_blind245_holdout", "triage_blind246_holdout",
                       "triage_blind247_holdout", "triage_blind248_holdout",
                       "triage_blind249_holdout", "triage_blind250_holdout",
                       "triage_blind251_holdout", "triage_blind252_holdout",
                       "triage_blind237_untouched", "triage_blind238_untouched",
                       "triage_blind239_untouched", "triage_blind240_untouched",
                       "triage_blind241_untouched", "triage_blind242_untouched",
                       "triage_blind243_untouched", "triage_blind244_untouched",
                       "triage_blind253_tune", "triage_blind253_holdout",
                       "triage_blind254_tune", "triage_blind254_holdout",
                       "triage_blind255_tune", "triage_blind255_holdout",
                       "triage_blind256_tune", "triage_blind256_holdout",
                       "triage_blind257_tune", "triage_blind257_holdout",
                       "triage_blind258_tune", "triage_blind258_holdout",
                       "triage_blind259_tune", "triage_blind259_holdout",
                       "triage_blind260_tune", "triage_blind260_holdout",
                       "triage_blind261_tune", "triage_blind261_holdout",
                       "triage_blind262_tune", "triage_blind262_holdout",
                       "triage_blind263_tune", "triage_blind263_holdout",
                       "triage_blind264_tune", "triage_blind264_holdout",
                       "triage_blind265_tune", "triage_blind265_holdout",
                       "triage_blind266_tune", "triage_blind266_holdout",
                       "triage_blind267_tune", "triage_blind267_holdout",
                       "triage_blind268_tune", "triage_blind268_holdout",
                       "triage_blind269_untouched", "triage_blind270_untouched",
                       "triage_blind271_untouched", "triage_blind272_untouched",
                       "triage_blind273_untouched", "triage_blind274_untouched",
                       "triage_blind275_untouched", "triage_blind276_untouched",
                       "triage_blind277_tune", "triage_blind277_holdout",
                       "triage_blind278_tune", "triage_blind278_holdout",
                       "triage_blind279_tune", "triage_blind279_holdout",
                       "triage_blind280_tune", "triage_blind280_holdout",
                       "triage_blind281_tune", "triage_blind281_holdout",
                       "triage_blind282_tune", "triage_blind282_holdout",
                       "triage_blind283_tune",
                       "triage_blind283_holdout", "triage_blind284_tune",
                       "triage_blind284_holdout", "triage_blind285_tune",
                       "triage_blind285_holdout", "triage_blind286_tune",
                       "triage_blind286_holdout", "triage_blind287_tune",
                       "triage_blind287_holdout", "triage_blind288_tune",
                       "triage_blind288_holdout", "triage_blind289_tune",
                       "triage_blind289_holdout", "triage_blind290_tune",
                       "triage_blind290_holdout", "triage_blind291_tune",
                       "triage_blind291_holdout", "triage_blind292_tune",
                       "triage_blind292_holdout",
                       "triage_blind293_untouched", "triage_blind294_untouched",
                       "triage_blind295_untouched", "triage_blind296_untouched",
                       "triage_blind297_untouched", "triage_blind298_untouched",
                       "triage_blind299_untouched", "triage_blind300_untouched",
                       "triage_blind301_tune", "triage_blind301_holdout",
                       "triage_blind302_tune", "triage_blind302_holdout",
                       "triage_blind303_tune", "triage_blind303_holdout",
                       "triage_blind304_tune", "triage_blind304_holdout",
                       "triage_blind305_tune", "triage_blind305_holdout",
                       "triage_blind306_tune", "triage_blind306_holdout",
                       "triage_blind307_tune", "triage_blind307_holdout",
                       "triage_blind308_tune", "triage_blind308_holdout",
                       "triage_blind309_untouched", "triage_blind310_untouched",
                       "triage_blind311_untouched", "triage_blind312_untouched",
                       "triage_blind313_untouched", "triage_blind314_untouched",
                       "triage_blind315_untouched", "triage_blind316_untouched",
                       "triage_blind317_tune", "triage_blind317_holdout",
                       "triage_blind318_tune", "triage_blind318_holdout",
                       "triage_blind319_tune", "triage_blind319_holdout",
                       "triage_blind320_tune", "triage_blind320_holdout",
                       "triage_blind321_tune", "triage_blind321_holdout",
                       "triage_blind322_tune", "triage_blind322_holdout",
                       "triage_blind323_tune", "triage_blind323_holdout",
                       "triage_blind324_tune", "triage_blind324_holdout",
                       "triage_blind325_untouched", "triage_blind326_untouched",
                       "triage_blind327_untouched", "triage_blind328_untouched",
                       "triage_blind329_untouched", "triage_blind330_untouched",
                       "triage_blind331_untouched", "triage_blind332_untouched",
                       "triage_blind333_tune", "triage_blind333_holdout",
                       "triage_blind334_tune", "triage_blind334_holdout",
                       "triage_blind335_tune", "triage_blind335_holdout",
                       "triage_blind336_tune", "triage_blind336_holdout",
                       "triage_blind337_tune", "triage_blind337_holdout",
                       "triage_blind338_tune", "triage_blind338_holdout",
                       "triage_blind339_tune", "triage_blind339_holdout",
                       "triage_blind340_tune", "triage_blind340_holdout",
                       "triage_blind341_untouched", "triage_blind342_untouched",
                       "triage_blind343_untouched", "triage_blind344_untouched",
                       "triage_blind345_untouched", "triage_blind346_untouched",
                       "triage_blind347_untouched", "triage_blind348_untouched",
                       "triage_blind349_tune", "triage_blind349_holdout",
                       "triage_blind350_tune", "triage_blind350_holdout",
                       "triage_blind351_tune", "triage_blind351_holdout",
                       "triage_blind352_tune", "triage_blind352_holdout",
                       "triage_blind357_tune", "triage_blind357_holdout",
                       "triage_blind358_tune", "triage_blind358_holdout",
                       "triage_blind359_tune", "triage_blind359_holdout",
                       "triage_blind360_tune", "triage_blind360_holdout",
                       "triage_blind353_untouched", "triage_blind354_untouched",
                       "triage_blind355_untouched", "triage_blind356_untouched",
                       "triage_blind361_untouched", "triage_blind362_untouched",
                       "triage_blind363_untouched", "triage_blind364_untouched",
                       "triage_blind365_tune", "triage_blind365_holdout",
                       "triage_blind366_tune", "triage_blind366_holdout",
                       "triage_blind367_tune", "triage_blind367_holdout",
                       "triage_blind368_tune", "triage_blind368_holdout",
                       "triage_blind369_untouched", "triage_blind370_untouched",
                       "triage_blind371_untouched", "triage_blind372_untouched",
                       "triage_blind377_tune", "triage_blind377_holdout",
                       "triage_blind378_tune", "triage_blind378_holdout",
                       "triage_blind379_tune", "triage_blind379_holdout",
                       "triage_blind380_tune", "triage_blind380_holdout",
                       "triage_blind373_untouched", "triage_blind374_untouched",
                       "triage_blind375_untouched", "triage_blind376_untouched",
                       "triage_blind381_tune", "triage_blind381_holdout",
                       "triage_blind382_tune", "triage_blind382_holdout",
                       "triage_blind383_tune", "triage_blind383_holdout",
                       "triage_blind384_tune", "triage_blind384_holdout",
                       "triage_blind385_untouched", "triage_blind386_untouched",
                       "triage_blind387_untouched", "triage_blind388_untouched",
                       "triage_blind389_untouched", "triage_blind390_untouched",
                       "triage_blind391_untouched", "triage_blind392_untouched",
                       "triage_blind393_untouched", "triage_blind394_untouched",
                       "triage_blind395_untouched", "triage_blind396_untouched",
                       "triage_blind397_tune", "triage_blind397_holdout",
                       "triage_blind398_tune", "triage_blind398_holdout",
                       "triage_blind399_tune", "triage_blind399_holdout",
                       "triage_blind400_tune", "triage_blind400_holdout",
                       "triage_blind401_untouched", "triage_blind402_untouched",
                       "triage_blind403_untouched", "triage_blind404_untouched")}
ROWS = [(name, row) for name, table in TABLES.items() for row in table]
NODE = shutil.which("node")
# What each table holds: {level or "none": count}. The floor is every row passing (the target:
# every red flag at its level or more severe, no false alarm); a change that lowers any figure
# fails here, and the report lists the query.
SIZES = {
    "triage_blind_tune": {"emergency": 53, "today": 36, "soon": 24, "none": 75},
    "triage_blind_holdout": {"emergency": 53, "today": 36, "soon": 24, "none": 74},
    "triage_blind2_tune": {"emergency": 37, "today": 27, "soon": 25, "none": 50},
    "triage_blind2_holdout": {"emergency": 38, "today": 28, "soon": 25, "none": 50},
    "triage_blind3_tune": {"emergency": 49, "today": 40, "soon": 26, "none": 84},
    "triage_blind3_holdout": {"emergency": 49, "today": 40, "soon": 26, "none": 85},
    "triage_blind4_tune": {"emergency": 47, "today": 37, "soon": 24, "none": 91},
    "triage_blind4_holdout": {"emergency": 48, "today": 38, "soon": 25, "none": 92},
    "triage_blind5_tune": {"emergency": 54, "today": 43, "soon": 27, "none": 110},
    "triage_blind5_holdout": {"emergency": 54, "today": 44, "soon": 27, "none": 111},
    "triage_blind6_tune": {"emergency": 43, "today": 30, "soon": 23, "none": 86},
    "triage_blind6_holdout": {"emergency": 44, "today": 31, "soon": 24, "none": 86},
    "triage_blind8_tune": {"emergency": 33, "today": 28, "soon": 23, "none": 75},
    "triage_blind9_tune": {"emergency": 32, "today": 25, "soon": 20, "none": 72},
    "triage_blind10_tune": {"emergency": 30, "today": 22, "soon": 16, "none": 61},
    "triage_blind12_tune": {"emergency": 11, "today": 10, "soon": 9, "none": 28},
    "triage_blind8_holdout": {"emergency": 34, "today": 28, "soon": 24, "none": 75},
    "triage_blind9_holdout": {"emergency": 33, "today": 25, "soon": 20, "none": 73},
    "triage_blind10_holdout": {"emergency": 31, "today": 23, "soon": 16, "none": 61},
    "triage_blind12_holdout": {"emergency": 12, "today": 11, "soon": 10, "none": 29},
    "triage_blind13_tune": {"emergency": 28, "today": 24, "soon": 18, "none": 59},
    "triage_blind13_holdout": {"emergency": 29, "today": 24, "soon": 19, "none": 59},
    "triage_blind14_tune": {"emergency": 28, "today": 24, "soon": 16, "none": 61},
    "triage_blind14_holdout": {"emergency": 29, "today": 24, "soon": 17, "none": 61},
    "triage_blind16_tune": {"emergency": 30, "today": 22, "soon": 17, "none": 60},
    "triage_blind16_holdout": {"emergency": 30, "today": 23, "soon": 18, "none": 60},
    "triage_blind17_tune": {"emergency": 29, "today": 24, "soon": 17, "none": 59},
    "triage_blind17_holdout": {"emergency": 30, "today": 24, "soon": 17, "none": 60},
    "triage_blind15_untouched": {"emergency": 59, "today": 48, "soon": 33, "none": 120},
    "triage_blind18_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind19_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind18_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind19_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind20_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind20_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind21_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind22_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind22_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind23_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind23_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind24_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind24_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind25_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind25_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind26_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind26_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind27_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind27_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind28_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind28_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind29_read": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind30_read": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind31_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind32_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind33_read": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind34_read": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind35_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind36_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind37_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind37_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind38_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind38_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind40_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind40_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind39_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind41_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind41_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind44_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind44_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind42_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind43_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind45_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind46_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind47_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind48_read": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind49_read": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind50_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind51_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind52_read": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind53_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind53_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind54_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind54_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind55_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind55_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind57_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind57_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind56_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind58_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind59_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind60_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind61_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind61_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind62_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind62_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind63_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind63_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind64_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind65_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind66_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind67_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind68_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind69_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind70_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind71_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind72_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind73_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind74_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind75_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind76_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind71_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind72_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind73_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind74_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind75_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind76_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind77_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind78_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind79_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind80_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind81_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind82_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind83_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind84_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind85_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind86_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind87_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind88_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind89_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind90_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind91_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind92_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind77_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind78_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind79_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind80_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind81_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind82_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind83_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind84_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind85_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind86_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind87_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind88_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind89_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind90_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind91_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind92_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind93_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind94_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind95_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind96_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind97_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind98_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind99_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind100_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind101_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind102_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind103_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind104_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind105_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind106_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind107_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind108_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind93_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind94_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind95_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind96_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind97_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind98_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind99_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind100_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind101_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind102_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind103_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind104_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind105_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind106_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind107_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind108_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind109_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind110_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind111_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind112_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind113_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind114_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind115_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind116_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind109_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind110_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind111_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind112_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind113_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind114_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind115_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind116_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind117_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind118_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind119_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind120_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind121_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind122_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind123_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind124_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind125_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind126_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind127_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind128_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind129_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind130_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind131_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind132_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind125_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind126_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind127_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind128_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind129_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind130_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind131_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind132_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind133_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind134_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind135_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind136_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind137_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind138_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind139_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind140_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind133_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind134_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind135_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind136_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind137_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind138_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind139_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind140_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind141_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind142_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind143_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind144_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind145_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind146_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind147_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind148_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind149_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind150_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind151_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind152_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind153_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind154_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind155_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind156_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind149_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind150_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind151_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind152_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind153_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind154_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind155_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind156_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind157_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind158_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind159_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind160_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind161_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind162_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind163_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind164_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind157_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind158_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind159_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind160_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind161_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind162_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind163_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind164_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind165_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind166_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind167_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind168_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind169_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind170_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind171_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind172_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind165_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind166_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind167_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind168_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind169_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind170_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind171_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind172_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind173_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind174_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind175_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind176_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind177_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind178_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind179_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind180_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind181_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind182_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind183_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind184_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind185_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind186_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind187_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind188_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind181_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind182_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind183_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind184_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind185_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind186_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind187_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind188_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind189_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind190_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind191_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind192_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind193_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind194_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind195_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind196_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind189_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind190_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind191_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind192_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind193_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind194_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind195_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind196_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind197_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind198_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind199_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind200_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind201_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind202_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind203_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind204_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind197_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind198_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind199_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind200_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind201_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind202_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind203_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind204_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind205_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind206_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind207_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind208_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind209_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind210_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind211_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind212_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind205_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind206_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind207_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind208_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind209_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind210_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind211_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind212_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind213_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind214_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind215_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind216_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind217_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind218_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind219_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind220_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind221_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind222_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind223_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind224_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind225_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind226_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind227_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind228_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind221_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind222_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind223_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind224_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind225_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind226_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind227_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind228_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind229_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind230_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind231_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind232_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind233_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind234_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind235_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind236_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind229_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind230_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind231_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind232_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind233_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind234_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind235_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind236_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind245_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind246_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind247_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind248_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind249_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind250_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind251_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind252_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind245_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind246_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind247_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind248_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind249_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind250_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind251_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind252_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind237_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind238_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind239_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind240_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind241_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind242_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind243_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind244_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind253_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind253_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind254_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind254_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind255_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind255_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind256_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind256_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind257_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind257_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind258_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind258_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind259_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind259_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind260_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind260_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind261_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind261_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind262_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind262_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind263_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind263_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind264_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind264_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind265_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind265_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind266_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind266_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind267_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind267_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind268_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind268_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind269_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind270_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind271_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind272_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind273_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind274_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind275_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind276_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind277_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind277_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind278_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind278_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind279_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind279_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind280_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind280_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind281_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind281_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind282_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind282_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind283_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind283_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind284_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind284_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind285_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind285_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind286_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind286_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind287_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind287_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind288_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind288_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind289_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind289_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind290_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind290_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind291_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind291_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind292_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind292_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind293_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind294_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind295_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind296_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind297_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind298_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind299_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind300_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind301_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind301_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind302_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind302_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind303_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind303_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind304_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind304_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind305_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind305_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind306_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind306_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind307_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind307_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind308_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind308_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind309_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind310_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind311_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind312_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind313_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind314_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind315_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind316_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind317_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind317_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind318_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind318_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind319_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind319_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind320_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind320_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind321_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind321_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind322_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind322_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind323_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind323_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind324_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind324_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind325_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind326_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind327_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind328_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind329_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind330_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind331_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind332_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind333_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind333_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind334_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind334_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind335_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind335_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind336_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind336_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind337_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind337_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind338_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind338_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind339_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind339_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind340_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind340_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind341_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind342_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind343_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind344_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind345_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind346_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind347_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind348_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind349_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind349_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind350_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind350_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind351_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind351_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind352_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind352_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind357_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind357_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind358_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind358_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind359_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind359_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind360_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind360_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind353_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind354_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind355_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind356_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind361_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind362_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind363_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind364_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind365_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind365_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind366_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind366_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind367_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind367_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind368_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind368_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind369_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind370_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind371_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind372_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind377_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind377_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind378_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind378_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind379_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind379_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind380_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind380_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind373_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind374_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind375_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind376_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind381_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind381_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind382_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind382_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind383_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind383_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind384_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind384_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind385_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind386_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind387_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind388_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind389_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind390_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind391_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind392_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind393_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind394_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind395_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind396_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind397_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind397_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind398_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind398_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind399_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind399_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind400_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind400_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
    "triage_blind401_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind402_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind403_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
    "triage_blind404_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
}
# Every table must pass all its rows. A held-out half's one untouched run is the honest record of
# how a round generalised, and the floor no tuning may ever go below: the second holdout's, after
# the second round (emergency 28 of 38, today 21 of 28, soon 20 of 25, 1 false alarm in 50); the
# third holdout's, after the third round (2026-12-04: emergency 40 of 49, today 35 of 40, soon 26
# of 26, 3 false alarms in 85; before that round's tuning it gave 39, 33, 21 and 3).
# The fourth set (402 queries) was written blind after the third round and run once, whole and
# untouched, after the fourth (2026-12-04: emergency 80 of 95, today 61 of 75, soon 40 of 49, 2
# false alarms in 183; before the fourth round 76, 61, 40 and 5), then split by level with a fixed
# seed: the fifth round tuned on the first half and kept the second, whose one run at that
# round's merge gave the same figures again (emergency 42 of 48, today 33 of 38, soon 21 of 25, 1
# false alarm in 92). The fifth set's tune half (234 queries, written blind after the fifth round)
# was run once untouched in the sixth, after its work on the fourth holdout and before any change
# made once it was there (2026-12-04: emergency 42 of 54, today 33 of 43, soon 20 of 27, 3 false
# alarms in 110; on the fifth round's rules 42, 32, 19 and 3). Its other half (236 queries),
# sealed away from whoever tuned, was run once at the sixth round's merge (2026-12-04: emergency
# 42 of 54, today 37 of 44, soon 24 of 27, 4 false alarms in 111; on the fifth round's rules 40,
# 36, 24 and 3). The sixth set's tune half (182 queries, written blind by a triage nurse after the
# sixth round) was run once untouched in the seventh, after its first structural change (near
# phrases) and before any change made once it was there (2026-12-04: emergency 38 of 43, today 27
# of 30, soon 20 of 23, 2 false alarms in 86; the same on the sixth round's rules).
UNTOUCHED = {"triage_blind2_holdout": {"emergency": 28, "today": 21, "soon": 20, "none": 49},
             "triage_blind3_holdout": {"emergency": 40, "today": 35, "soon": 26, "none": 82},
             "triage_blind4_tune": {"emergency": 38, "today": 28, "soon": 19, "none": 90},
             "triage_blind4_holdout": {"emergency": 42, "today": 33, "soon": 21, "none": 91},
             "triage_blind5_tune": {"emergency": 42, "today": 33, "soon": 20, "none": 107},
             "triage_blind5_holdout": {"emergency": 42, "today": 37, "soon": 24, "none": 107},
             "triage_blind6_tune": {"emergency": 38, "today": 27, "soon": 20, "none": 84},
             "triage_blind6_holdout": {"emergency": 40, "today": 28, "soon": 22, "none": 83},
             "triage_blind8_tune": {"emergency": 31, "today": 27, "soon": 21, "none": 70},
             "triage_blind9_tune": {"emergency": 32, "today": 22, "soon": 17, "none": 67},
             "triage_blind10_tune": {"emergency": 30, "today": 21, "soon": 14, "none": 60},
             "triage_blind12_tune": {"emergency": 11, "today": 10, "soon": 9, "none": 27},
             "triage_blind8_holdout": {"emergency": 31, "today": 27, "soon": 22, "none": 72},
             "triage_blind9_holdout": {"emergency": 30, "today": 24, "soon": 18, "none": 70},
             "triage_blind10_holdout": {"emergency": 31, "today": 21, "soon": 15, "none": 60},
             "triage_blind12_holdout": {"emergency": 11, "today": 10, "soon": 10, "none": 29},
             "triage_blind13_tune": {"emergency": 23, "today": 24, "soon": 16, "none": 57},
             "triage_blind13_holdout": {"emergency": 27, "today": 22, "soon": 19, "none": 57},
             "triage_blind14_tune": {"emergency": 25, "today": 22, "soon": 16, "none": 59},
             "triage_blind14_holdout": {"emergency": 28, "today": 23, "soon": 13, "none": 60},
             "triage_blind16_tune": {"emergency": 30, "today": 22, "soon": 17, "none": 59},
             "triage_blind16_holdout": {"emergency": 28, "today": 23, "soon": 16, "none": 59},
             "triage_blind17_tune": {"emergency": 27, "today": 22, "soon": 16, "none": 57},
             "triage_blind17_holdout": {"emergency": 29, "today": 23, "soon": 17, "none": 58},
             "triage_blind15_untouched": {"emergency": 58, "today": 47, "soon": 30, "none": 118},
             "triage_blind18_tune": {"emergency": 29, "today": 24, "soon": 15, "none": 57},
             "triage_blind19_tune": {"emergency": 29, "today": 24, "soon": 11, "none": 57},
             "triage_blind18_holdout": {"emergency": 28, "today": 24, "soon": 14, "none": 58},
             "triage_blind19_holdout": {"emergency": 28, "today": 23, "soon": 14, "none": 58},
             "triage_blind20_tune": {"emergency": 29, "today": 23, "soon": 15, "none": 57},
             "triage_blind20_holdout": {"emergency": 28, "today": 24, "soon": 16, "none": 56},
             "triage_blind21_untouched": {"emergency": 58, "today": 46, "soon": 29, "none": 117},
             "triage_blind22_tune": {"emergency": 27, "today": 23, "soon": 14, "none": 58},
             "triage_blind22_holdout": {"emergency": 27, "today": 24, "soon": 16, "none": 58},
             "triage_blind23_tune": {"emergency": 28, "today": 24, "soon": 15, "none": 58},
             "triage_blind23_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 56},
             "triage_blind24_tune": {"emergency": 30, "today": 22, "soon": 16, "none": 59},
             "triage_blind24_holdout": {"emergency": 29, "today": 24, "soon": 15, "none": 58},
             "triage_blind25_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind25_holdout": {"emergency": 29, "today": 23, "soon": 15, "none": 56},
             "triage_blind26_tune": {"emergency": 30, "today": 24, "soon": 15, "none": 58},
             "triage_blind26_holdout": {"emergency": 29, "today": 24, "soon": 15, "none": 60},
             "triage_blind27_tune": {"emergency": 29, "today": 22, "soon": 16, "none": 58},
             "triage_blind27_holdout": {"emergency": 30, "today": 24, "soon": 15, "none": 58},
             "triage_blind28_tune": {"emergency": 29, "today": 24, "soon": 16, "none": 60},
             "triage_blind28_holdout": {"emergency": 29, "today": 24, "soon": 14, "none": 57},
             "triage_blind29_read": {"emergency": 59, "today": 47, "soon": 32, "none": 114},
             "triage_blind30_read": {"emergency": 59, "today": 45, "soon": 31, "none": 115},
             "triage_blind31_untouched": {"emergency": 60, "today": 48, "soon": 31, "none": 117},
             "triage_blind32_untouched": {"emergency": 58, "today": 47, "soon": 32, "none": 116},
             "triage_blind33_read": {"emergency": 59, "today": 47, "soon": 32, "none": 119},
             "triage_blind34_read": {"emergency": 56, "today": 48, "soon": 31, "none": 116},
             "triage_blind35_untouched": {"emergency": 59, "today": 48, "soon": 30, "none": 117},
             "triage_blind36_untouched": {"emergency": 58, "today": 47, "soon": 32, "none": 115},
             "triage_blind37_tune": {"emergency": 29, "today": 24, "soon": 16, "none": 55},
             "triage_blind37_holdout": {"emergency": 27, "today": 24, "soon": 16, "none": 56},
             "triage_blind38_tune": {"emergency": 28, "today": 23, "soon": 14, "none": 59},
             "triage_blind38_holdout": {"emergency": 26, "today": 24, "soon": 16, "none": 58},
             "triage_blind40_tune": {"emergency": 28, "today": 24, "soon": 15, "none": 57},
             "triage_blind40_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 57},
             "triage_blind39_untouched": {"emergency": 60, "today": 47, "soon": 32, "none": 119},
             "triage_blind41_tune": {"emergency": 29, "today": 24, "soon": 15, "none": 57},
             "triage_blind41_holdout": {"emergency": 27, "today": 24, "soon": 16, "none": 60},
             "triage_blind44_tune": {"emergency": 26, "today": 21, "soon": 16, "none": 57},
             "triage_blind44_holdout": {"emergency": 27, "today": 24, "soon": 11, "none": 58},
             "triage_blind42_untouched": {"emergency": 60, "today": 48, "soon": 31, "none": 118},
             "triage_blind43_untouched": {"emergency": 58, "today": 48, "soon": 32, "none": 116},
             "triage_blind45_untouched": {"emergency": 60, "today": 47, "soon": 32, "none": 118},
             "triage_blind46_untouched": {"emergency": 59, "today": 48, "soon": 31, "none": 118},
             "triage_blind47_untouched": {"emergency": 58, "today": 47, "soon": 31, "none": 116},
             "triage_blind48_read": {"emergency": 56, "today": 48, "soon": 32, "none": 112},
             "triage_blind49_read": {"emergency": 55, "today": 47, "soon": 30, "none": 116},
             "triage_blind50_untouched": {"emergency": 60, "today": 48, "soon": 30, "none": 119},
             "triage_blind51_untouched": {"emergency": 58, "today": 48, "soon": 32, "none": 117},
             "triage_blind52_read": {"emergency": 55, "today": 48, "soon": 30, "none": 117},
             "triage_blind53_tune": {"emergency": 29, "today": 24, "soon": 14, "none": 55},
             "triage_blind53_holdout": {"emergency": 30, "today": 22, "soon": 16, "none": 60},
             "triage_blind54_tune": {"emergency": 29, "today": 23, "soon": 16, "none": 57},
             "triage_blind54_holdout": {"emergency": 28, "today": 23, "soon": 15, "none": 59},
             "triage_blind55_tune": {"emergency": 29, "today": 24, "soon": 15, "none": 60},
             "triage_blind55_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 60},
             "triage_blind57_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind57_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 57},
             "triage_blind56_untouched": {"emergency": 59, "today": 48, "soon": 32, "none": 118},
             "triage_blind58_untouched": {"emergency": 59, "today": 48, "soon": 32, "none": 118},
             "triage_blind59_untouched": {"emergency": 56, "today": 48, "soon": 27, "none": 117},
             "triage_blind60_untouched": {"emergency": 58, "today": 48, "soon": 32, "none": 118},
             "triage_blind61_tune": {"emergency": 27, "today": 23, "soon": 15, "none": 57},
             "triage_blind61_holdout": {"emergency": 28, "today": 24, "soon": 16, "none": 59},
             "triage_blind62_tune": {"emergency": 28, "today": 24, "soon": 16, "none": 60},
             "triage_blind62_holdout": {"emergency": 28, "today": 24, "soon": 15, "none": 58},
             "triage_blind63_tune": {"emergency": 26, "today": 24, "soon": 16, "none": 58},
             "triage_blind63_holdout": {"emergency": 29, "today": 23, "soon": 14, "none": 56},
             "triage_blind64_untouched": {"emergency": 59, "today": 48, "soon": 30, "none": 115},
             "triage_blind65_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 117},
             "triage_blind66_untouched": {"emergency": 59, "today": 48, "soon": 32, "none": 118},
             "triage_blind67_untouched": {"emergency": 59, "today": 47, "soon": 29, "none": 119},
             "triage_blind68_untouched": {"emergency": 60, "today": 48, "soon": 30, "none": 117},
             "triage_blind69_untouched": {"emergency": 57, "today": 47, "soon": 31, "none": 116},
             "triage_blind70_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 118},
             "triage_blind71_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind72_tune": {"emergency": 30, "today": 23, "soon": 16, "none": 58},
             "triage_blind73_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind74_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind75_tune": {"emergency": 29, "today": 24, "soon": 14, "none": 60},
             "triage_blind76_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 57},
             "triage_blind71_holdout": {"emergency": 28, "today": 24, "soon": 16, "none": 57},
             "triage_blind72_holdout": {"emergency": 29, "today": 23, "soon": 16, "none": 57},
             "triage_blind73_holdout": {"emergency": 30, "today": 24, "soon": 13, "none": 59},
             "triage_blind74_holdout": {"emergency": 30, "today": 23, "soon": 15, "none": 58},
             "triage_blind75_holdout": {"emergency": 28, "today": 24, "soon": 16, "none": 58},
             "triage_blind76_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 58},
             "triage_blind77_tune": {"emergency": 27, "today": 24, "soon": 15, "none": 59},
             "triage_blind78_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind79_tune": {"emergency": 29, "today": 24, "soon": 16, "none": 59},
             "triage_blind80_tune": {"emergency": 29, "today": 24, "soon": 16, "none": 59},
             "triage_blind81_tune": {"emergency": 30, "today": 24, "soon": 15, "none": 60},
             "triage_blind82_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind83_tune": {"emergency": 25, "today": 23, "soon": 16, "none": 58},
             "triage_blind84_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind85_tune": {"emergency": 29, "today": 24, "soon": 16, "none": 58},
             "triage_blind86_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind87_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind88_tune": {"emergency": 24, "today": 24, "soon": 15, "none": 59},
             "triage_blind89_tune": {"emergency": 30, "today": 23, "soon": 16, "none": 58},
             "triage_blind90_tune": {"emergency": 29, "today": 24, "soon": 16, "none": 60},
             "triage_blind91_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 57},
             "triage_blind92_tune": {"emergency": 27, "today": 23, "soon": 14, "none": 56},
             "triage_blind77_holdout": {"emergency": 28, "today": 24, "soon": 16, "none": 59},
             "triage_blind78_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind79_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 58},
             "triage_blind80_holdout": {"emergency": 30, "today": 23, "soon": 15, "none": 58},
             "triage_blind81_holdout": {"emergency": 30, "today": 23, "soon": 16, "none": 60},
             "triage_blind82_holdout": {"emergency": 28, "today": 24, "soon": 16, "none": 58},
             "triage_blind83_holdout": {"emergency": 25, "today": 23, "soon": 16, "none": 57},
             "triage_blind84_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 59},
             "triage_blind85_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 59},
             "triage_blind86_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 57},
             "triage_blind87_holdout": {"emergency": 30, "today": 23, "soon": 15, "none": 59},
             "triage_blind88_holdout": {"emergency": 28, "today": 20, "soon": 14, "none": 55},
             "triage_blind89_holdout": {"emergency": 29, "today": 23, "soon": 16, "none": 57},
             "triage_blind90_holdout": {"emergency": 30, "today": 24, "soon": 15, "none": 60},
             "triage_blind91_holdout": {"emergency": 29, "today": 23, "soon": 15, "none": 59},
             "triage_blind92_holdout": {"emergency": 26, "today": 23, "soon": 11, "none": 55},
             "triage_blind93_tune": {"emergency": 27, "today": 22, "soon": 16, "none": 60},
             "triage_blind94_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind95_tune": {"emergency": 30, "today": 24, "soon": 15, "none": 60},
             "triage_blind96_tune": {"emergency": 26, "today": 23, "soon": 14, "none": 60},
             "triage_blind97_tune": {"emergency": 29, "today": 20, "soon": 15, "none": 59},
             "triage_blind98_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 58},
             "triage_blind99_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 58},
             "triage_blind100_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind101_tune": {"emergency": 30, "today": 24, "soon": 15, "none": 60},
             "triage_blind102_tune": {"emergency": 30, "today": 23, "soon": 16, "none": 58},
             "triage_blind103_tune": {"emergency": 28, "today": 23, "soon": 16, "none": 59},
             "triage_blind104_tune": {"emergency": 29, "today": 24, "soon": 15, "none": 60},
             "triage_blind105_tune": {"emergency": 29, "today": 24, "soon": 16, "none": 60},
             "triage_blind106_tune": {"emergency": 29, "today": 23, "soon": 15, "none": 58},
             "triage_blind107_tune": {"emergency": 29, "today": 24, "soon": 16, "none": 58},
             "triage_blind108_tune": {"emergency": 30, "today": 23, "soon": 16, "none": 59},
             "triage_blind93_holdout": {"emergency": 28, "today": 24, "soon": 15, "none": 59},
             "triage_blind94_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 58},
             "triage_blind95_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 59},
             "triage_blind96_holdout": {"emergency": 29, "today": 24, "soon": 14, "none": 59},
             "triage_blind97_holdout": {"emergency": 29, "today": 20, "soon": 13, "none": 60},
             "triage_blind98_holdout": {"emergency": 30, "today": 23, "soon": 16, "none": 59},
             "triage_blind99_holdout": {"emergency": 30, "today": 23, "soon": 16, "none": 57},
             "triage_blind100_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind101_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind102_holdout": {"emergency": 28, "today": 24, "soon": 16, "none": 59},
             "triage_blind103_holdout": {"emergency": 28, "today": 24, "soon": 15, "none": 60},
             "triage_blind104_holdout": {"emergency": 28, "today": 24, "soon": 16, "none": 59},
             "triage_blind105_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 60},
             "triage_blind106_holdout": {"emergency": 28, "today": 24, "soon": 15, "none": 56},
             "triage_blind107_holdout": {"emergency": 27, "today": 24, "soon": 15, "none": 58},
             "triage_blind108_holdout": {"emergency": 25, "today": 24, "soon": 15, "none": 59},
             "triage_blind109_tune": {"emergency": 29, "today": 24, "soon": 16, "none": 57},
             "triage_blind110_tune": {"emergency": 28, "today": 24, "soon": 16, "none": 59},
             "triage_blind111_tune": {"emergency": 30, "today": 23, "soon": 16, "none": 58},
             "triage_blind112_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind113_tune": {"emergency": 29, "today": 24, "soon": 15, "none": 59},
             "triage_blind114_tune": {"emergency": 29, "today": 23, "soon": 16, "none": 59},
             "triage_blind115_tune": {"emergency": 27, "today": 24, "soon": 16, "none": 60},
             "triage_blind116_tune": {"emergency": 30, "today": 23, "soon": 15, "none": 59},
             "triage_blind109_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind110_holdout": {"emergency": 26, "today": 24, "soon": 16, "none": 59},
             "triage_blind111_holdout": {"emergency": 30, "today": 23, "soon": 15, "none": 56},
             "triage_blind112_holdout": {"emergency": 30, "today": 23, "soon": 15, "none": 60},
             "triage_blind113_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 60},
             "triage_blind114_holdout": {"emergency": 30, "today": 24, "soon": 15, "none": 59},
             "triage_blind115_holdout": {"emergency": 30, "today": 22, "soon": 16, "none": 57},
             "triage_blind116_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 57},
             "triage_blind117_untouched": {"emergency": 58, "today": 48, "soon": 31, "none": 117},
             "triage_blind118_untouched": {"emergency": 59, "today": 48, "soon": 32, "none": 119},
             "triage_blind119_untouched": {"emergency": 59, "today": 48, "soon": 31, "none": 119},
             "triage_blind120_untouched": {"emergency": 60, "today": 47, "soon": 32, "none": 114},
             "triage_blind121_untouched": {"emergency": 58, "today": 48, "soon": 32, "none": 120},
             "triage_blind122_untouched": {"emergency": 60, "today": 48, "soon": 31, "none": 120},
             "triage_blind123_untouched": {"emergency": 59, "today": 48, "soon": 28, "none": 118},
             "triage_blind124_untouched": {"emergency": 34, "today": 22, "soon": 17, "none": 117},
             "triage_blind125_tune": {"emergency": 28, "today": 24, "soon": 16, "none": 60},
             "triage_blind126_tune": {"emergency": 30, "today": 23, "soon": 16, "none": 59},
             "triage_blind127_tune": {"emergency": 30, "today": 24, "soon": 15, "none": 60},
             "triage_blind128_tune": {"emergency": 30, "today": 22, "soon": 16, "none": 59},
             "triage_blind129_tune": {"emergency": 29, "today": 24, "soon": 16, "none": 59},
             "triage_blind130_tune": {"emergency": 29, "today": 24, "soon": 16, "none": 57},
             "triage_blind131_tune": {"emergency": 29, "today": 23, "soon": 16, "none": 58},
             "triage_blind132_tune": {"emergency": 29, "today": 24, "soon": 15, "none": 59},
             "triage_blind125_holdout": {"emergency": 29, "today": 24, "soon": 14, "none": 60},
             "triage_blind126_holdout": {"emergency": 30, "today": 23, "soon": 16, "none": 59},
             "triage_blind127_holdout": {"emergency": 29, "today": 24, "soon": 15, "none": 59},
             "triage_blind128_holdout": {"emergency": 29, "today": 23, "soon": 16, "none": 58},
             "triage_blind129_holdout": {"emergency": 29, "today": 24, "soon": 13, "none": 58},
             "triage_blind130_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind131_holdout": {"emergency": 27, "today": 23, "soon": 14, "none": 58},
             "triage_blind132_holdout": {"emergency": 30, "today": 24, "soon": 15, "none": 58},
             "triage_blind133_tune": {"emergency": 30, "today": 24, "soon": 15, "none": 59},
             "triage_blind134_tune": {"emergency": 29, "today": 24, "soon": 16, "none": 59},
             "triage_blind135_tune": {"emergency": 26, "today": 22, "soon": 16, "none": 60},
             "triage_blind136_tune": {"emergency": 30, "today": 24, "soon": 15, "none": 58},
             "triage_blind137_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind138_tune": {"emergency": 30, "today": 24, "soon": 14, "none": 59},
             "triage_blind139_tune": {"emergency": 28, "today": 24, "soon": 15, "none": 56},
             "triage_blind140_tune": {"emergency": 29, "today": 23, "soon": 15, "none": 59},
             "triage_blind133_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 60},
             "triage_blind134_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 57},
             "triage_blind135_holdout": {"emergency": 28, "today": 24, "soon": 16, "none": 60},
             "triage_blind136_holdout": {"emergency": 28, "today": 24, "soon": 16, "none": 59},
             "triage_blind137_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 57},
             "triage_blind138_holdout": {"emergency": 30, "today": 24, "soon": 15, "none": 59},
             "triage_blind139_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 58},
             "triage_blind140_holdout": {"emergency": 29, "today": 23, "soon": 16, "none": 60},
             "triage_blind141_untouched": {"emergency": 59, "today": 48, "soon": 31, "none": 118},
             "triage_blind142_untouched": {"emergency": 59, "today": 46, "soon": 32, "none": 119},
             "triage_blind143_untouched": {"emergency": 59, "today": 48, "soon": 31, "none": 120},
             "triage_blind144_untouched": {"emergency": 60, "today": 47, "soon": 32, "none": 119},
             "triage_blind145_untouched": {"emergency": 60, "today": 48, "soon": 31, "none": 115},
             "triage_blind146_untouched": {"emergency": 60, "today": 48, "soon": 30, "none": 119},
             "triage_blind147_untouched": {"emergency": 59, "today": 47, "soon": 31, "none": 116},
             "triage_blind148_untouched": {"emergency": 60, "today": 46, "soon": 32, "none": 119},
             "triage_blind149_tune": {"emergency": 30, "today": 24, "soon": 14, "none": 60},
             "triage_blind150_tune": {"emergency": 29, "today": 23, "soon": 16, "none": 57},
             "triage_blind151_tune": {"emergency": 29, "today": 24, "soon": 15, "none": 60},
             "triage_blind152_tune": {"emergency": 29, "today": 23, "soon": 16, "none": 59},
             "triage_blind153_tune": {"emergency": 29, "today": 24, "soon": 13, "none": 60},
             "triage_blind154_tune": {"emergency": 30, "today": 24, "soon": 15, "none": 58},
             "triage_blind155_tune": {"emergency": 30, "today": 22, "soon": 16, "none": 56},
             "triage_blind156_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind149_holdout": {"emergency": 28, "today": 24, "soon": 16, "none": 57},
             "triage_blind150_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 60},
             "triage_blind151_holdout": {"emergency": 30, "today": 23, "soon": 16, "none": 58},
             "triage_blind152_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 59},
             "triage_blind153_holdout": {"emergency": 28, "today": 22, "soon": 15, "none": 60},
             "triage_blind154_holdout": {"emergency": 30, "today": 23, "soon": 15, "none": 58},
             "triage_blind155_holdout": {"emergency": 30, "today": 22, "soon": 16, "none": 58},
             "triage_blind156_holdout": {"emergency": 30, "today": 24, "soon": 15, "none": 60},
             "triage_blind157_tune": {"emergency": 30, "today": 24, "soon": 15, "none": 56},
             "triage_blind158_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 56},
             "triage_blind159_tune": {"emergency": 30, "today": 23, "soon": 16, "none": 58},
             "triage_blind160_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 58},
             "triage_blind161_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind162_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 57},
             "triage_blind163_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind164_tune": {"emergency": 27, "today": 22, "soon": 16, "none": 59},
             "triage_blind157_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 58},
             "triage_blind158_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind159_holdout": {"emergency": 30, "today": 24, "soon": 15, "none": 57},
             "triage_blind160_holdout": {"emergency": 29, "today": 24, "soon": 15, "none": 58},
             "triage_blind161_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 58},
             "triage_blind162_holdout": {"emergency": 30, "today": 24, "soon": 15, "none": 56},
             "triage_blind163_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind164_holdout": {"emergency": 28, "today": 23, "soon": 15, "none": 60},
             "triage_blind165_tune": {"emergency": 29, "today": 22, "soon": 16, "none": 60},
             "triage_blind166_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind167_tune": {"emergency": 28, "today": 24, "soon": 16, "none": 59},
             "triage_blind168_tune": {"emergency": 29, "today": 24, "soon": 16, "none": 58},
             "triage_blind169_tune": {"emergency": 29, "today": 24, "soon": 16, "none": 56},
             "triage_blind170_tune": {"emergency": 28, "today": 24, "soon": 15, "none": 60},
             "triage_blind171_tune": {"emergency": 30, "today": 24, "soon": 15, "none": 60},
             "triage_blind172_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 57},
             "triage_blind165_holdout": {"emergency": 29, "today": 24, "soon": 15, "none": 60},
             "triage_blind166_holdout": {"emergency": 30, "today": 24, "soon": 14, "none": 60},
             "triage_blind167_holdout": {"emergency": 29, "today": 24, "soon": 15, "none": 59},
             "triage_blind168_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind169_holdout": {"emergency": 29, "today": 24, "soon": 15, "none": 59},
             "triage_blind170_holdout": {"emergency": 30, "today": 23, "soon": 16, "none": 60},
             "triage_blind171_holdout": {"emergency": 30, "today": 23, "soon": 16, "none": 59},
             "triage_blind172_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind173_untouched": {"emergency": 60, "today": 48, "soon": 31, "none": 119},
             "triage_blind174_untouched": {"emergency": 59, "today": 48, "soon": 32, "none": 119},
             "triage_blind175_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 118},
             "triage_blind176_untouched": {"emergency": 60, "today": 44, "soon": 31, "none": 118},
             "triage_blind177_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 118},
             "triage_blind178_untouched": {"emergency": 60, "today": 47, "soon": 29, "none": 117},
             "triage_blind179_untouched": {"emergency": 59, "today": 48, "soon": 32, "none": 119},
             "triage_blind180_untouched": {"emergency": 59, "today": 48, "soon": 32, "none": 119},
             "triage_blind181_tune": {"emergency": 29, "today": 24, "soon": 16, "none": 60},
             "triage_blind182_tune": {"emergency": 29, "today": 22, "soon": 16, "none": 60},
             "triage_blind183_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind184_tune": {"emergency": 28, "today": 23, "soon": 16, "none": 60},
             "triage_blind185_tune": {"emergency": 30, "today": 24, "soon": 15, "none": 56},
             "triage_blind186_tune": {"emergency": 29, "today": 24, "soon": 15, "none": 60},
             "triage_blind187_tune": {"emergency": 27, "today": 24, "soon": 13, "none": 59},
             "triage_blind188_tune": {"emergency": 30, "today": 23, "soon": 15, "none": 60},
             "triage_blind181_holdout": {"emergency": 29, "today": 23, "soon": 14, "none": 59},
             "triage_blind182_holdout": {"emergency": 28, "today": 24, "soon": 13, "none": 58},
             "triage_blind183_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind184_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 57},
             "triage_blind185_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind186_holdout": {"emergency": 29, "today": 23, "soon": 16, "none": 58},
             "triage_blind187_holdout": {"emergency": 29, "today": 24, "soon": 14, "none": 58},
             "triage_blind188_holdout": {"emergency": 30, "today": 23, "soon": 16, "none": 60},
             "triage_blind189_tune": {"emergency": 30, "today": 23, "soon": 16, "none": 60},
             "triage_blind190_tune": {"emergency": 29, "today": 20, "soon": 16, "none": 55},
             "triage_blind191_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind192_tune": {"emergency": 29, "today": 24, "soon": 15, "none": 60},
             "triage_blind193_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind194_tune": {"emergency": 30, "today": 23, "soon": 16, "none": 60},
             "triage_blind195_tune": {"emergency": 28, "today": 21, "soon": 11, "none": 58},
             "triage_blind196_tune": {"emergency": 30, "today": 23, "soon": 16, "none": 60},
             "triage_blind189_holdout": {"emergency": 30, "today": 24, "soon": 15, "none": 57},
             "triage_blind190_holdout": {"emergency": 28, "today": 24, "soon": 16, "none": 56},
             "triage_blind191_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind192_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind193_holdout": {"emergency": 30, "today": 23, "soon": 16, "none": 60},
             "triage_blind194_holdout": {"emergency": 30, "today": 23, "soon": 16, "none": 58},
             "triage_blind195_holdout": {"emergency": 28, "today": 23, "soon": 15, "none": 59},
             "triage_blind196_holdout": {"emergency": 29, "today": 23, "soon": 15, "none": 59},
             "triage_blind197_tune": {"emergency": 30, "today": 23, "soon": 16, "none": 60},
             "triage_blind198_tune": {"emergency": 29, "today": 24, "soon": 16, "none": 56},
             "triage_blind199_tune": {"emergency": 30, "today": 23, "soon": 15, "none": 59},
             "triage_blind200_tune": {"emergency": 29, "today": 23, "soon": 16, "none": 60},
             "triage_blind201_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind202_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 58},
             "triage_blind203_tune": {"emergency": 30, "today": 24, "soon": 15, "none": 60},
             "triage_blind204_tune": {"emergency": 30, "today": 23, "soon": 16, "none": 60},
             "triage_blind197_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind198_holdout": {"emergency": 30, "today": 23, "soon": 16, "none": 56},
             "triage_blind199_holdout": {"emergency": 30, "today": 24, "soon": 15, "none": 60},
             "triage_blind200_holdout": {"emergency": 28, "today": 24, "soon": 15, "none": 60},
             "triage_blind201_holdout": {"emergency": 30, "today": 23, "soon": 16, "none": 57},
             "triage_blind202_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind203_holdout": {"emergency": 29, "today": 24, "soon": 15, "none": 58},
             "triage_blind204_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 60},
             "triage_blind205_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind206_tune": {"emergency": 29, "today": 23, "soon": 14, "none": 60},
             "triage_blind207_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind208_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind209_tune": {"emergency": 30, "today": 24, "soon": 14, "none": 60},
             "triage_blind210_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind211_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind212_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 58},
             "triage_blind205_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind206_holdout": {"emergency": 30, "today": 24, "soon": 14, "none": 60},
             "triage_blind207_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind208_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind209_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind210_holdout": {"emergency": 30, "today": 23, "soon": 16, "none": 60},
             "triage_blind211_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind212_holdout": {"emergency": 28, "today": 23, "soon": 16, "none": 59},
             "triage_blind213_untouched": {"emergency": 60, "today": 46, "soon": 31, "none": 119},
             "triage_blind214_untouched": {"emergency": 59, "today": 48, "soon": 31, "none": 119},
             "triage_blind215_untouched": {"emergency": 59, "today": 48, "soon": 31, "none": 118},
             "triage_blind216_untouched": {"emergency": 58, "today": 48, "soon": 32, "none": 117},
             "triage_blind217_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
             "triage_blind218_untouched": {"emergency": 58, "today": 48, "soon": 32, "none": 117},
             "triage_blind219_untouched": {"emergency": 59, "today": 48, "soon": 32, "none": 117},
             "triage_blind220_untouched": {"emergency": 55, "today": 47, "soon": 28, "none": 117},
             "triage_blind221_tune": {"emergency": 30, "today": 23, "soon": 15, "none": 59},
             "triage_blind222_tune": {"emergency": 30, "today": 23, "soon": 15, "none": 59},
             "triage_blind223_tune": {"emergency": 24, "today": 21, "soon": 11, "none": 58},
             "triage_blind224_tune": {"emergency": 30, "today": 23, "soon": 16, "none": 60},
             "triage_blind225_tune": {"emergency": 30, "today": 23, "soon": 15, "none": 60},
             "triage_blind226_tune": {"emergency": 26, "today": 24, "soon": 16, "none": 58},
             "triage_blind227_tune": {"emergency": 29, "today": 24, "soon": 16, "none": 60},
             "triage_blind228_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind221_holdout": {"emergency": 28, "today": 23, "soon": 14, "none": 59},
             "triage_blind222_holdout": {"emergency": 29, "today": 24, "soon": 11, "none": 59},
             "triage_blind223_holdout": {"emergency": 24, "today": 23, "soon": 12, "none": 60},
             "triage_blind224_holdout": {"emergency": 30, "today": 24, "soon": 15, "none": 60},
             "triage_blind225_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind226_holdout": {"emergency": 29, "today": 22, "soon": 15, "none": 59},
             "triage_blind227_holdout": {"emergency": 30, "today": 23, "soon": 16, "none": 58},
             "triage_blind228_holdout": {"emergency": 30, "today": 23, "soon": 16, "none": 58},
             "triage_blind229_tune": {"emergency": 30, "today": 23, "soon": 16, "none": 60},
             "triage_blind230_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 58},
             "triage_blind231_tune": {"emergency": 29, "today": 24, "soon": 16, "none": 60},
             "triage_blind232_tune": {"emergency": 30, "today": 23, "soon": 16, "none": 59},
             "triage_blind233_tune": {"emergency": 30, "today": 24, "soon": 14, "none": 59},
             "triage_blind234_tune": {"emergency": 30, "today": 24, "soon": 15, "none": 59},
             "triage_blind235_tune": {"emergency": 29, "today": 23, "soon": 15, "none": 60},
             "triage_blind236_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind229_holdout": {"emergency": 29, "today": 24, "soon": 15, "none": 58},
             "triage_blind230_holdout": {"emergency": 29, "today": 23, "soon": 16, "none": 59},
             "triage_blind231_holdout": {"emergency": 30, "today": 24, "soon": 15, "none": 59},
             "triage_blind232_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind233_holdout": {"emergency": 30, "today": 23, "soon": 15, "none": 60},
             "triage_blind234_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 59},
             "triage_blind235_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 59},
             "triage_blind236_holdout": {"emergency": 30, "today": 24, "soon": 15, "none": 58},
             "triage_blind245_tune": {"emergency": 29, "today": 24, "soon": 13, "none": 58},
             "triage_blind246_tune": {"emergency": 30, "today": 24, "soon": 15, "none": 59},
             "triage_blind247_tune": {"emergency": 30, "today": 24, "soon": 15, "none": 60},
             "triage_blind248_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind249_tune": {"emergency": 29, "today": 24, "soon": 16, "none": 60},
             "triage_blind250_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind251_tune": {"emergency": 30, "today": 24, "soon": 15, "none": 60},
             "triage_blind252_tune": {"emergency": 29, "today": 24, "soon": 15, "none": 60},
             "triage_blind245_holdout": {"emergency": 29, "today": 24, "soon": 15, "none": 59},
             "triage_blind246_holdout": {"emergency": 29, "today": 24, "soon": 15, "none": 59},
             "triage_blind247_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind248_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 58},
             "triage_blind249_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind250_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind251_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind252_holdout": {"emergency": 29, "today": 20, "soon": 16, "none": 59},
             "triage_blind237_untouched": {"emergency": 58, "today": 47, "soon": 30, "none": 120},
             "triage_blind238_untouched": {"emergency": 58, "today": 48, "soon": 30, "none": 116},
             "triage_blind239_untouched": {"emergency": 56, "today": 47, "soon": 29, "none": 116},
             "triage_blind240_untouched": {"emergency": 60, "today": 47, "soon": 31, "none": 119},
             "triage_blind241_untouched": {"emergency": 60, "today": 46, "soon": 31, "none": 120},
             "triage_blind242_untouched": {"emergency": 60, "today": 48, "soon": 31, "none": 119},
             "triage_blind243_untouched": {"emergency": 60, "today": 47, "soon": 32, "none": 118},
             "triage_blind244_untouched": {"emergency": 58, "today": 48, "soon": 32, "none": 118},
             "triage_blind253_tune": {"emergency": 29, "today": 24, "soon": 16, "none": 60},
             "triage_blind253_holdout": {"emergency": 29, "today": 24, "soon": 14, "none": 58},
             "triage_blind254_tune": {"emergency": 28, "today": 24, "soon": 16, "none": 60},
             "triage_blind254_holdout": {"emergency": 28, "today": 23, "soon": 16, "none": 60},
             "triage_blind255_tune": {"emergency": 29, "today": 24, "soon": 15, "none": 60},
             "triage_blind255_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 58},
             "triage_blind256_tune": {"emergency": 29, "today": 24, "soon": 16, "none": 60},
             "triage_blind256_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind257_tune": {"emergency": 29, "today": 24, "soon": 16, "none": 59},
             "triage_blind257_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 60},
             "triage_blind258_tune": {"emergency": 28, "today": 23, "soon": 16, "none": 60},
             "triage_blind258_holdout": {"emergency": 29, "today": 23, "soon": 16, "none": 59},
             "triage_blind259_tune": {"emergency": 29, "today": 24, "soon": 16, "none": 60},
             "triage_blind259_holdout": {"emergency": 29, "today": 24, "soon": 15, "none": 60},
             "triage_blind260_tune": {"emergency": 30, "today": 23, "soon": 15, "none": 60},
             "triage_blind260_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind261_tune": {"emergency": 29, "today": 21, "soon": 13, "none": 58},
             "triage_blind261_holdout": {"emergency": 28, "today": 24, "soon": 15, "none": 60},
             "triage_blind262_tune": {"emergency": 28, "today": 24, "soon": 16, "none": 59},
             "triage_blind262_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind263_tune": {"emergency": 30, "today": 23, "soon": 16, "none": 59},
             "triage_blind263_holdout": {"emergency": 29, "today": 23, "soon": 16, "none": 59},
             "triage_blind264_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind264_holdout": {"emergency": 30, "today": 24, "soon": 15, "none": 60},
             "triage_blind265_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind265_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind266_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 56},
             "triage_blind266_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind267_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind267_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind268_tune": {"emergency": 30, "today": 23, "soon": 14, "none": 60},
             "triage_blind268_holdout": {"emergency": 30, "today": 22, "soon": 15, "none": 58},
             "triage_blind269_untouched": {"emergency": 59, "today": 47, "soon": 30, "none": 120},
             "triage_blind270_untouched": {"emergency": 59, "today": 47, "soon": 32, "none": 120},
             "triage_blind271_untouched": {"emergency": 57, "today": 48, "soon": 30, "none": 119},
             "triage_blind272_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 115},
             "triage_blind273_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
             "triage_blind274_untouched": {"emergency": 60, "today": 47, "soon": 32, "none": 120},
             "triage_blind275_untouched": {"emergency": 60, "today": 47, "soon": 31, "none": 120},
             "triage_blind276_untouched": {"emergency": 59, "today": 47, "soon": 32, "none": 118},
             "triage_blind277_tune": {"emergency": 25, "today": 22, "soon": 15, "none": 58},
             "triage_blind277_holdout": {"emergency": 27, "today": 22, "soon": 13, "none": 60},
             "triage_blind278_tune": {"emergency": 29, "today": 24, "soon": 16, "none": 60},
             "triage_blind278_holdout": {"emergency": 30, "today": 23, "soon": 16, "none": 60},
             "triage_blind279_tune": {"emergency": 29, "today": 24, "soon": 16, "none": 56},
             "triage_blind279_holdout": {"emergency": 30, "today": 23, "soon": 16, "none": 60},
             "triage_blind280_tune": {"emergency": 28, "today": 24, "soon": 16, "none": 59},
             "triage_blind280_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind281_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 57},
             "triage_blind281_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 59},
             "triage_blind282_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 58},
             "triage_blind282_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 56},
             "triage_blind283_tune": {"emergency": 29, "today": 21, "soon": 16, "none": 59},
             "triage_blind283_holdout": {"emergency": 28, "today": 23, "soon": 16, "none": 59},
             "triage_blind284_tune": {"emergency": 30, "today": 24, "soon": 15, "none": 59},
             "triage_blind284_holdout": {"emergency": 29, "today": 23, "soon": 16, "none": 59},
             "triage_blind285_tune": {"emergency": 30, "today": 23, "soon": 16, "none": 60},
             "triage_blind285_holdout": {"emergency": 29, "today": 23, "soon": 15, "none": 57},
             "triage_blind286_tune": {"emergency": 30, "today": 23, "soon": 16, "none": 60},
             "triage_blind286_holdout": {"emergency": 29, "today": 23, "soon": 16, "none": 58},
             "triage_blind287_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind287_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind288_tune": {"emergency": 28, "today": 24, "soon": 16, "none": 60},
             "triage_blind288_holdout": {"emergency": 30, "today": 24, "soon": 15, "none": 59},
             "triage_blind289_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind289_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 59},
             "triage_blind290_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind290_holdout": {"emergency": 30, "today": 23, "soon": 16, "none": 59},
             "triage_blind291_tune": {"emergency": 30, "today": 24, "soon": 14, "none": 60},
             "triage_blind291_holdout": {"emergency": 30, "today": 24, "soon": 15, "none": 60},
             "triage_blind292_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind292_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind293_untouched": {"emergency": 59, "today": 48, "soon": 32, "none": 119},
             "triage_blind294_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 118},
             "triage_blind295_untouched": {"emergency": 59, "today": 48, "soon": 31, "none": 119},
             "triage_blind296_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 118},
             "triage_blind297_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 119},
             "triage_blind298_untouched": {"emergency": 60, "today": 47, "soon": 32, "none": 118},
             "triage_blind299_untouched": {"emergency": 59, "today": 48, "soon": 32, "none": 118},
             "triage_blind300_untouched": {"emergency": 59, "today": 47, "soon": 32, "none": 120},
             "triage_blind301_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind301_holdout": {"emergency": 29, "today": 24, "soon": 15, "none": 59},
             "triage_blind302_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind302_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 57},
             "triage_blind303_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind303_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind304_tune": {"emergency": 29, "today": 24, "soon": 16, "none": 58},
             "triage_blind304_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind305_tune": {"emergency": 29, "today": 24, "soon": 16, "none": 58},
             "triage_blind305_holdout": {"emergency": 26, "today": 23, "soon": 15, "none": 60},
             "triage_blind306_tune": {"emergency": 30, "today": 23, "soon": 16, "none": 60},
             "triage_blind306_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind307_tune": {"emergency": 30, "today": 24, "soon": 15, "none": 60},
             "triage_blind307_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind308_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 58},
             "triage_blind308_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 59},
             "triage_blind309_untouched": {"emergency": 60, "today": 48, "soon": 30, "none": 120},
             "triage_blind310_untouched": {"emergency": 60, "today": 47, "soon": 32, "none": 120},
             "triage_blind311_untouched": {"emergency": 59, "today": 48, "soon": 32, "none": 118},
             "triage_blind312_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
             "triage_blind313_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 119},
             "triage_blind314_untouched": {"emergency": 56, "today": 48, "soon": 29, "none": 118},
             "triage_blind315_untouched": {"emergency": 59, "today": 48, "soon": 32, "none": 117},
             "triage_blind316_untouched": {"emergency": 59, "today": 48, "soon": 32, "none": 118},
             "triage_blind317_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind317_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind318_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind318_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 60},
             "triage_blind319_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind319_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 59},
             "triage_blind320_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind320_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind321_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind321_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind322_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind322_holdout": {"emergency": 30, "today": 23, "soon": 15, "none": 60},
             "triage_blind323_tune": {"emergency": 30, "today": 24, "soon": 12, "none": 60},
             "triage_blind323_holdout": {"emergency": 29, "today": 23, "soon": 13, "none": 60},
             "triage_blind324_tune": {"emergency": 30, "today": 22, "soon": 15, "none": 60},
             "triage_blind324_holdout": {"emergency": 30, "today": 23, "soon": 14, "none": 57},
             "triage_blind325_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 118},
             "triage_blind326_untouched": {"emergency": 59, "today": 48, "soon": 32, "none": 119},
             "triage_blind327_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
             "triage_blind328_untouched": {"emergency": 55, "today": 48, "soon": 31, "none": 120},
             "triage_blind329_untouched": {"emergency": 60, "today": 47, "soon": 31, "none": 119},
             "triage_blind330_untouched": {"emergency": 58, "today": 48, "soon": 32, "none": 119},
             "triage_blind331_untouched": {"emergency": 59, "today": 48, "soon": 32, "none": 120},
             "triage_blind332_untouched": {"emergency": 58, "today": 48, "soon": 32, "none": 120},
             "triage_blind333_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind333_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind334_tune": {"emergency": 28, "today": 21, "soon": 15, "none": 60},
             "triage_blind334_holdout": {"emergency": 28, "today": 24, "soon": 16, "none": 60},
             "triage_blind335_tune": {"emergency": 30, "today": 23, "soon": 15, "none": 59},
             "triage_blind335_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 60},
             "triage_blind336_tune": {"emergency": 13, "today": 14, "soon": 9, "none": 58},
             "triage_blind336_holdout": {"emergency": 12, "today": 13, "soon": 9, "none": 59},
             "triage_blind337_tune": {"emergency": 14, "today": 13, "soon": 4, "none": 59},
             "triage_blind337_holdout": {"emergency": 13, "today": 11, "soon": 3, "none": 58},
             "triage_blind338_tune": {"emergency": 30, "today": 24, "soon": 14, "none": 60},
             "triage_blind338_holdout": {"emergency": 29, "today": 22, "soon": 15, "none": 60},
             "triage_blind339_tune": {"emergency": 30, "today": 23, "soon": 16, "none": 60},
             "triage_blind339_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind340_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind340_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 57},
             "triage_blind341_untouched": {"emergency": 58, "today": 48, "soon": 32, "none": 118},
             "triage_blind342_untouched": {"emergency": 60, "today": 47, "soon": 32, "none": 118},
             "triage_blind343_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 120},
             "triage_blind344_untouched": {"emergency": 59, "today": 48, "soon": 31, "none": 119},
             "triage_blind345_untouched": {"emergency": 58, "today": 47, "soon": 31, "none": 118},
             "triage_blind346_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 119},
             "triage_blind347_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 118},
             "triage_blind348_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 118},
             "triage_blind349_tune": {"emergency": 30, "today": 23, "soon": 16, "none": 60},
             "triage_blind349_holdout": {"emergency": 28, "today": 24, "soon": 16, "none": 55},
             "triage_blind350_tune": {"emergency": 29, "today": 24, "soon": 16, "none": 58},
             "triage_blind350_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind351_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind351_holdout": {"emergency": 30, "today": 24, "soon": 15, "none": 59},
             "triage_blind352_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 58},
             "triage_blind352_holdout": {"emergency": 30, "today": 24, "soon": 15, "none": 58},
             "triage_blind357_tune": {"emergency": 30, "today": 24, "soon": 15, "none": 58},
             "triage_blind357_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 58},
             "triage_blind358_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind358_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind359_tune": {"emergency": 30, "today": 22, "soon": 16, "none": 59},
             "triage_blind359_holdout": {"emergency": 28, "today": 23, "soon": 15, "none": 60},
             "triage_blind360_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind360_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 60},
             "triage_blind353_untouched": {"emergency": 59, "today": 48, "soon": 32, "none": 116},
             "triage_blind354_untouched": {"emergency": 59, "today": 47, "soon": 32, "none": 118},
             "triage_blind355_untouched": {"emergency": 59, "today": 48, "soon": 32, "none": 118},
             "triage_blind356_untouched": {"emergency": 60, "today": 48, "soon": 31, "none": 117},
             "triage_blind361_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 116},
             "triage_blind362_untouched": {"emergency": 60, "today": 47, "soon": 31, "none": 119},
             "triage_blind363_untouched": {"emergency": 56, "today": 46, "soon": 31, "none": 119},
             "triage_blind364_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 117},
             "triage_blind365_tune": {"emergency": 28, "today": 24, "soon": 16, "none": 60},
             "triage_blind365_holdout": {"emergency": 30, "today": 24, "soon": 15, "none": 60},
             "triage_blind366_tune": {"emergency": 28, "today": 24, "soon": 16, "none": 58},
             "triage_blind366_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 59},
             "triage_blind367_tune": {"emergency": 30, "today": 23, "soon": 16, "none": 59},
             "triage_blind367_holdout": {"emergency": 30, "today": 24, "soon": 15, "none": 60},
             "triage_blind368_tune": {"emergency": 28, "today": 24, "soon": 15, "none": 57},
             "triage_blind368_holdout": {"emergency": 29, "today": 24, "soon": 15, "none": 60},
             "triage_blind369_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 118},
             "triage_blind370_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 118},
             "triage_blind371_untouched": {"emergency": 58, "today": 48, "soon": 31, "none": 117},
             "triage_blind372_untouched": {"emergency": 57, "today": 48, "soon": 31, "none": 115},
             "triage_blind377_tune": {"emergency": 30, "today": 21, "soon": 16, "none": 57},
             "triage_blind377_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 56},
             "triage_blind378_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind378_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 57},
             "triage_blind379_tune": {"emergency": 29, "today": 24, "soon": 15, "none": 59},
             "triage_blind379_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind380_tune": {"emergency": 30, "today": 24, "soon": 15, "none": 56},
             "triage_blind380_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 58},
             "triage_blind373_untouched": {"emergency": 60, "today": 47, "soon": 32, "none": 117},
             "triage_blind374_untouched": {"emergency": 59, "today": 47, "soon": 31, "none": 120},
             "triage_blind375_untouched": {"emergency": 60, "today": 48, "soon": 31, "none": 115},
             "triage_blind376_untouched": {"emergency": 58, "today": 48, "soon": 31, "none": 120},
             "triage_blind381_tune": {"emergency": 30, "today": 23, "soon": 16, "none": 58},
             "triage_blind381_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 58},
             "triage_blind382_tune": {"emergency": 29, "today": 23, "soon": 14, "none": 60},
             "triage_blind382_holdout": {"emergency": 28, "today": 24, "soon": 16, "none": 58},
             "triage_blind383_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 57},
             "triage_blind383_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind384_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind384_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 60},
             "triage_blind385_untouched": {"emergency": 60, "today": 47, "soon": 32, "none": 117},
             "triage_blind386_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 117},
             "triage_blind387_untouched": {"emergency": 59, "today": 47, "soon": 32, "none": 118},
             "triage_blind388_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 116},
             "triage_blind389_untouched": {"emergency": 58, "today": 48, "soon": 31, "none": 117},
             "triage_blind390_untouched": {"emergency": 60, "today": 47, "soon": 32, "none": 118},
             "triage_blind391_untouched": {"emergency": 59, "today": 48, "soon": 31, "none": 119},
             "triage_blind392_untouched": {"emergency": 59, "today": 47, "soon": 29, "none": 116},
             "triage_blind393_untouched": {"emergency": 59, "today": 48, "soon": 31, "none": 118},
             "triage_blind394_untouched": {"emergency": 60, "today": 47, "soon": 32, "none": 119},
             "triage_blind395_untouched": {"emergency": 60, "today": 48, "soon": 31, "none": 117},
             "triage_blind396_untouched": {"emergency": 60, "today": 48, "soon": 32, "none": 117},
             "triage_blind397_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
             "triage_blind397_holdout": {"emergency": 30, "today": 23, "soon": 15, "none": 56},
             "triage_blind398_tune": {"emergency": 29, "today": 23, "soon": 15, "none": 58},
             "triage_blind398_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 59},
             "triage_blind399_tune": {"emergency": 28, "today": 24, "soon": 16, "none": 59},
             "triage_blind399_holdout": {"emergency": 29, "today": 23, "soon": 15, "none": 59},
             "triage_blind400_tune": {"emergency": 29, "today": 24, "soon": 16, "none": 56},
             "triage_blind400_holdout": {"emergency": 30, "today": 24, "soon": 15, "none": 58},
             "triage_blind401_untouched": {"emergency": 59, "today": 45, "soon": 31, "none": 112},
             "triage_blind402_untouched": {"emergency": 60, "today": 48, "soon": 30, "none": 115},
             "triage_blind403_untouched": {"emergency": 59, "today": 46, "soon": 31, "none": 115},
             "triage_blind404_untouched": {"emergency": 57, "today": 47, "soon": 31, "none": 114}}
# The sixth set's other half (185 queries), sealed away from whoever tuned the seventh round, was
# run once at its merge (2026-12-04: emergency 40 of 44, today 28 of 31, soon 22 of 24, 3 false
# alarms in 86; on the sixth round's rules 39, 27, 22 and 3): held there, its misses unread.
# Since the fourth round (tuned on its misses, now that its untouched run is recorded above) the
# third holdout too passes every row. The fifth round tuned on the fourth set's first half (one
# row left: a son's night pain and weight loss, told without an age, is "soon"); the sixth read
# and tuned on its second half, and on the fifth set's tune half once its first run was recorded:
# both pass every row. The seventh read the fifth set's held-out half and brought it to emergency
# 49 of 54, today 40 of 44, soon 24 of 27, 3 false alarms in 111, and the sixth set's tune half to
# 40, 27, 20 and 2, with near phrases and clause scope (docs/triage.md), not with more phrases.
# The eighth (2026-12-05) tuned on those two halves' misses: the fifth set's held-out half now
# passes every row; the sixth set's tune half warns on one ordinary complaint ("my sister had
# cancer so i always think the worst": a clause ending at "so" would also drop "dad had a fall so
# im worried, he cant stand"). The sixth set's held-out half was
# run again at its end, its misses still unread (no new blind set could be written that day).
# The ninth (2026-12-05) began with four new sets, 1,000 queries written blind, run whole on the
# eighth round's rules before any change (emergency 207 of 216, today 161 of 172, soon 124 of
# 138, 19 false alarms in 474). It tuned on their tune halves (untouched figures above) and on
# the sixth set's held-out half, now read, which passes every row: a new step leaves out the
# person's own trouble long over ("had a TIA 5 years ago", "a fever last month that went",
# docs/triage.md), and phrases. One ordinary complaint of the tenth set's tune half still warns:
# "my dads on blood thinners and keeps banging his head but this is about me" (the father's
# falls on a blood thinner are worth the call). The four held-out halves (505 queries) were run
# once at the round's end (2026-12-05, UNTOUCHED; on the eighth round's rules: emergency 103 of
# 110, today 81 of 87, soon 63 of 70, 7 false alarms in 238; after: 103, 82, 65 and 7).
# The tenth (the same day) read those halves and tuned on them: a history clause that tells a
# present inability ("mum had a fall and cant get up, im worried") is happening now; partners
# are others too; few-word signs. Two rows are left: the eighth set's "chest and arms sore after
# first day on site carrying blocks" (chest pain after carrying loads may be the heart), and
# the tenth's "arm just wont lift properly since monday, weak not painful".
# The eleventh (2026-12-05) began with two new sets, 520 queries (an out-of-hours GP; a sports
# therapist who was an emergency nurse), run whole and untouched on the tenth round's rules
# (emergency 103 of 114, today 91 of 96, soon 64 of 70, 7 false alarms in 240; on the ninth's
# 100, 90, 63 and 8), then split by level with a fixed seed. It tuned on the tune halves only
# (one row left, kept: "had breast cancer 20 years ago all clear since, think i just pulled my
# shoulder", a cancer's return can pass for a strain). The held-out halves, sealed, were run
# once at its end: the same figures as before it (emergency 55 of 58, today 45 of 48, soon 32
# of 36, 3 false alarms in 120), their misses unread then. The twelfth (the same day) read them:
# an age before a word that begins like a unit ("mum 68 stiff" is not 68 stone), a cast with
# worsening pain, a fall with pain on putting weight through the hip, a tear felt with faintness.
# Left: three "soon" rows (ribs that ache whatever the position, buttock pain that switches
# sides, a thigh bone aching at night at 55) and two ordinary ones ("a mini stroke in 2015 no
# problems since" with a tight calf; a long "not chest pain as in heart pain" after a workout).
# The thirteenth (2026-12-05) mended four of those: words that say a trouble years back is over
# ("no problems since") no longer keep it through "since"; "doesnt matter if i move", a bone
# aching at night, buttock pain that switches sides and eases with moving; and the tenth's weak
# arm ("since monday" is new, and a new weak limb is seen today); and the long "not chest pain"
# after a workout, which was the compartment warning: "worse when i stretch" alone is any sore
# muscle, a compartment sign only with a hard or tense limb or a cast.
# It began with two new sets (520 queries: a rural practice nurse; a chiropractor who teaches
# Pilates), each run whole and untouched first: the sixteenth on the twelfth round's rules
# (emergency 58 of 60, today 45 of 45, soon 33 of 35, 2 false alarms in 120), the seventeenth,
# written while the round went on, on its rules (56 of 59, 45 of 48, 33 of 34, 4 in 119; on the
# twelfth's 56, 44, 33 and 4). Split by level with fixed seeds (1616, 1717), it tuned on the
# tune halves; the held-out halves, sealed, were run once at its end (UNTOUCHED), then read in
# the fourteenth: a band of numbness round the chest (the cord), vision "off" and staggering
# after a headstand (the neck's artery), a numb patch "there months", a shoulder that keeps
# one awake, a man dragging both legs with a cancer, a toddler who cries when picked up;
# "lugging the car seat" is lifting, "hamstrings" is never "hammering", and "no fever, ..., im
# 38" is no temperature. Left: a son's aching thigh at night with a lump ("soon", not
# "today": nothing says he is a child), a numb arm from leaning on the sofa with a knot "still
# there", and a clot ten years back "all sorted" with hamstrings tight from running (a clot long
# over warns with a leg's pain, as the eleventh round chose). Then an after-negator was read
# within its clause only: "my speech came out garbled, fine now" is a TIA, while "bladder fine"
# still denies.
# tests/triage_blind15_untouched.json is a fifteenth set (260 queries, a community pharmacist),
# written during those rounds and run whole and untouched once at their end, on their final
# rules (UNTOUCHED: emergency 58 of 59, today 47 of 48, soon 30 of 33, 2 false alarms in 120;
# on the twelfth round's rules 58, 47, 30 and 1). It is not tuned on: its floor is that run.
# One row was read, the only one whose level changed: "had a temp last week with a cold, all
# gone now, back still a bit achy" now warns, because the rewrite "gone back" no longer eats
# the back across the comma and "all gone" is too far from the temperature to say it is over.
# The fifteenth round (2026-12-05) began with an eighteenth set (260 queries, a paramedic who
# supervises a telephone triage line), run whole and untouched on the fourteenth round's rules
# (emergency 56 of 60, today 48 of 48, soon 28 of 32, 5 false alarms in 120), then split by
# level with seed 1818; it tuned on the tune half (UNTOUCHED) only: "speech was slurry", pain
# between the shoulder blades for a month that one "cant link" to anything, a mother "having
# chemo" is hers, stiffness that eases in 10 minutes is not an inflamed spine, "hot and
# sweaty" after a run explains the warmth of a calf. The held-out half stays sealed.
# A nineteenth set (260 queries, a physiotherapist with an older adults' class and a youth
# football club), written meanwhile, was run whole and untouched on those rules (emergency 57
# of 60, today 47 of 48, soon 25 of 32, 5 false alarms in 120; on the fourteenth round's 56,
# 47, 25 and 5), split with seed 1919, and tuned on its tune half: a clause whose time word
# says it is over ("my nan had a fall last year and shes ok now") is someone else's past
# (`others.settled`); neck pain after a crash yesterday (`recent`); "15 and my back", "since my
# 55th birthday" are ages; ribs at the back, "havent done anything to it", headaches that "keep
# changing" or come "more often"; a chest "hit by a cricket ball". One row is left, on purpose:
# "numb bum from sitting on the bleachers ... now my back is stiff" warns (a numb bottom with
# back pain is the first sign of a squeezed cauda equina, whatever the person blames).
# The two held-out halves, sealed until then, were run once at the round's end (UNTOUCHED:
# the eighteenth's 28 of 30, 24 of 24, 14 of 16, 2 false alarms in 60, against 27, 24, 13 and 2
# before the round; the nineteenth's 28 of 30, 23 of 24, 14 of 16, 2 in 60, as before its
# tuning), then read in the sixteenth, the same day: a negated list ("my calf isnt red or
# swollen or hot") denies every item (`list_joiners`); someone else's history ends where the
# writer turns to themselves ("im asking for me", `others.ends`); "having the baby" is a birth
# and feeding the baby a task, not a child as the patient; "all better" says a trouble went; a
# blow to the head today with neck pain; "light is hurting her eyes", "doesnt know what day
# it is", "peeing all the time", "cant tell when i need a poo", "backache", headaches
# "changing", "every week a bit worse". Both halves pass every row.
# A twentieth set (260 queries, an urban GP with many older patients and many who write English
# as a second language), written meanwhile, was run whole and untouched on the sixteenth round's
# rules (emergency 57 of 60, today 47 of 48, soon 31 of 32, 7 false alarms in 120; on the
# fourteenth's 57, 47, 29 and 7), split with seed 2020, and the seventeenth round tuned on its
# tune half: a tackle today with neck pain, a pregnant woman's face "swelling" and a head that
# "hurts badly", a "different type" of headache "worse than before", a fever "before 2 weeks"
# (two weeks ago) that is over. Two rows are left, on purpose: fingers white and numb in cold
# sea water that "came back" (a limb's blood supply is not ruled out by warming), and a "tight
# chest after hill sprints, just the muscles" (a tight chest on exertion is the heart's until
# a doctor says otherwise). Its held-out half, sealed until then, was run once at the round's
# end (UNTOUCHED: emergency 28 of 30, today 24 of 24, soon 16 of 16, 4 false alarms in 60:
# exactly its figures before the round), then read in the eighteenth: a fever said to be over in
# the next breath ("a fever last week, now better") is over for a child's aching legs too
# (`fever-over` read in the text, since "now" is a filler); a baby during a pregnancy is not a
# child with back pain; "dropping things" is clumsy hands; a man of 70 ("hubby") with sudden
# belly pain going "to the back"; ("go back" is no longer a return); a chest sore only when one
# presses the spot one hit. It passes every row.
# tests/triage_blind21_untouched.json is a twenty-first set (260 queries, a school nurse who is a
# parent of three), written during those rounds and run whole and untouched once at their end,
# on their final rules (UNTOUCHED: emergency 58 of 60, today 46 of 48, soon 29 of 32, 3 false
# alarms in 120; on the fourteenth round's rules 57, 46, 27 and 3). Not tuned on, nor read: its
# floor is that run.
# A twenty-second set (260 queries, an occupational health nurse for warehouse and care home
# staff) was run whole and untouched on those rules too (emergency 54 of 60, today 47 of 48,
# soon 30 of 32, 4 false alarms in 120; on the fourteenth round's 52, 47, 29 and 5), split with
# seed 2222, and the nineteenth round tuned on its tune half: an aching left arm with sweating,
# or grey and clammy (`shock`) with the upper body; handwriting "gone to pot" is clumsy hands;
# a fall from a ladder, or onto the head, with neck pain; side pain with a water infection; a
# child's new headaches; "kept me awake". Two rows are left: headaches on waking with a sore jaw
# that a dentist put down to clenching ("soon": a headache that wakes one is worth a look), and
# a back sore on and off since a fall years ago. Its held-out half, sealed until then, was run
# once at the round's end (UNTOUCHED: emergency 27 of 30, today 24 of 24, soon 16 of 16, 2 false
# alarms in 60: exactly its figures before the round), then read in the twentieth: a stiff neck
# with legs "wobbly like walking on a boat", and clumsy hands that cannot do buttons with neck
# pain, are the cord; a bad headache with a neck too stiff to touch chin to chest and drowsiness
# is meningitis even when the fever is only "hot". Two false alarms are left: a partner's cancer
# years ago with his sore shoulder (as the other cancers long over), and a clot ten years ago
# beside a pulled shoulder (a clot named warns, as the eleventh round chose).
# The twenty-first round, before any new set was read, took up two rows left from earlier
# rounds: a son's thigh ache at night with a lump (seventeenth set) and a son's knee pain at
# night with weight loss (fourth). A son or a daughter whose age is not said is read as a child
# for a limp, not bearing weight, night pain, or a fever with a limb or a joint, unless an age
# from 16 or words like "grown up" say otherwise (`offspring`, `grown`).
# The twenty-third set (260 queries, a massage therapist in a high-street clinic whose clients
# text her) and the twenty-fourth (260, a rural emergency department's triage nurse who also
# answers the hospital's web chat) were each run whole and untouched on the twenty-first round's
# rules (2026-12-05: emergency 58 and 59 of 60, today 48 and 46 of 48, soon 31 and 31 of 32, 6
# and 3 false alarms in 120; the same on the twentieth round's), then split with seeds 2323 and
# 2424. The twenty-second round tuned on the tune halves: the hours of a drive or a shift are not
# stiffness's; warmth put down to a heat rub beside a heat source is not a fever; cloudy wee;
# a joint "like a balloon"; numb "round my bottom"; not telling whether one is peeing; "his
# balls" (read in the text: "ball" alone is the massage ball); "killing him"; "not linked to
# anything"; "going on weeks". One false alarm is left: a toddler's fall on cushions beside the
# parent's own back pulled lifting him (a back after a fall, in someone whose age is not said,
# is checked). Both held-out halves, sealed until then, were run once at the round's end
# (UNTOUCHED: 30/30, 24/24, 16/16 with 4 false alarms in 60, and 29/30, 24/24, 15/16 with 2;
# exactly their figures before the round), then read in the twenty-third: someone else's
# history told with "got" or by a mate; "nothing wrong with" denies; chest pain that a twist or
# a stretch brings on is the chest wall; migraines that changed; a fever "thats all gone now";
# one side of the face gone numb said at length (a numb face after the dentist is the
# anaesthetic). One false alarm is left: a chest "tight like the muscles are too short" from
# hunched shoulders (chest tightness is not excused by the word muscle, as before).
# The twenty-fifth set (260 queries, a university health centre's nurse practitioner: students,
# many writing English as a second language, athletes, older staff) and the twenty-sixth (260,
# a gym's personal trainer and first-aider) were each run whole and untouched on the
# twenty-third round's rules (2026-12-05: emergency 59 and 59 of 60, today 47 and 48 of 48, soon
# 31 and 29 of 32, 5 and 2 false alarms in 120; the same on the twentieth round's), then split
# with seeds 2525 and 2626. The twenty-fourth round tuned on the tune halves: a question
# answered no ("fever? no.") denies it (`answered_no`); "no idea" and "no clue" deny nothing
# after them; a negator reaches into the next clause only when that clause is a list's item of
# up to three words (`list_item`: "no fever, numbness or tingling"; not "without dieting,
# trousers falling off me"); a gym's chest exercises are the chest wall; "the middle of my
# back". The held-out halves, sealed until then, were run once at the round's end (UNTOUCHED:
# 29/30, 23/24, 15/16 with 4 false alarms in 60, the same as before it; and 29/30, 24/24, 15/16
# with none, one "soon" more than before), then read in the twenty-fifth: handwriting "gone
# bad"; hands and face "swelled up" in pregnancy; "havent hurt it"; "cant think straight"; a
# foot numb from sitting "cross legged" ("legged" is a word, not "lifting") that is "fine now";
# the skin's warmth after a heat pack; an old back injury flaring "same as usual"; both legs
# heavy and tired is not one leg's weakness (`leg-heavy`, `legs-heavy`), though both legs heavy
# with back pain and numbness is the cord's or the nerves'. Every row of both sets passes.
# The twenty-seventh set (260 queries, a district nurse whose housebound patients' carers and
# children often write for them) and the twenty-eighth (260, a youth worker and sports coach:
# teenagers in their own slang, young manual workers, parents) were each run whole and
# untouched on the twenty-fifth round's rules (2026-12-05: emergency 59 and 58 of 60, today 46
# and 48 of 48, soon 31 and 30 of 32, 4 and 3 false alarms in 120; on the twentieth round's 59,
# 46, 30, 4 and 58, 47, 30, 3), then split with seeds 2727 and 2828. The twenty-sixth round
# tuned on the tune halves: one side that "went weak" for minutes; "found on the floor"; a face
# "puffed up" in pregnancy; strength that comes back after a rest; someone else's cancer beside
# the writer's own shoulders or neck (`others.own`); a neck "bent back" in a tackle that "hurts
# loads". The held-out halves, sealed until then, were run once at its end (UNTOUCHED: 30/30,
# 24/24, 15/16 with 2 false alarms in 60, and 29/30, 24/24, 14/16 with 3; exactly their figures
# before the round), then read in the twenty-seventh: a phrase that is itself a denial ("no
# reason") is not undone by a negator before it ("no fall no reason"); a negator reaches the
# next clause only when it is a list's item of up to two words, or four with an "or" (`listed`:
# "no injury, been going on a couple weeks" is not denied); warmth after a heat patch; a clot
# "fully treated" years ago beside sore thighs on both sides; a car that "went into the back of
# us"; "never really got headaches"; both arms that will not lift after boxing; numbness that
# "came back after i shook it"; numbness in an arm and the face. One false alarm is left: a
# bicep sore "after chest and bis session" (chest pain beside a gym session still counts).
# The twenty-ninth set (260 queries, a community physiotherapist with a back pain class and a
# falls class) and the thirtieth (260, a midwife and health visitor) were written to measure
# the session's rules on words nobody had read: run whole and untouched on the twenty-seventh
# round's (2026-12-05: emergency 59 and 59 of 60, today 47 and 45 of 48, soon 32 and 31 of 32,
# 6 and 5 false alarms in 120; on the twentieth round's 59, 47, 32, 6 and 59, 44, 31, 5), then
# read whole, not split, by the twenty-eighth: kidneys are the back (and the search's low back);
# needing a wee all the time; a smile gone on one side; carrying a two year old; a grip tired
# by pull ups; a night on the airbed, night feeds and pain gone by morning are not night pain;
# a knot that "wont go away" is not constant pain; push ups and chest day; crying out when made
# to walk after a fall; a teenager's long morning stiffness; "fine at the time"; after the
# birth; cancer only read about; white fingers that came back pink (which also clears the
# twentieth set's white fingers in the sea that "came back", a false alarm kept since the
# seventeenth round). One false alarm is left: a clot after a birth six years ago beside a
# stiff neck (a clot named warns).
# tests/triage_blind31_untouched.json (260 queries, a telephone health adviser who types what
# callers say) and tests/triage_blind32_untouched.json (260, a sports and remedial massage
# therapist) were written to measure the twenty-eighth round's rules, the session's last, and
# run whole and untouched on them once (2026-12-05: emergency 60 and 58 of 60, today 48 and 47
# of 48, soon 31 and 32 of 32, 3 and 4 false alarms in 120; on the twentieth round's rules the
# same but 4 and 6 false alarms). Not read, not tuned on: their runs are their floors.
# The thirty-third set (260 queries, a coastal town's practice nurse reading online forms) and
# the thirty-fourth (260, a city osteopath) were run whole and untouched on the same rules
# (emergency 59 and 56 of 60, today 47 and 48 of 48, soon 32 and 31 of 32, 1 and 4 false
# alarms in 120; on the twentieth round's the same but 2 and 8 false alarms), then read whole
# by the twenty-ninth round: "isnt making sense"; a toe that cannot bear the sheet; both arms
# heavy after pull ups; a neck cracked, then walking unsteady (`neck-trauma balance-lost`); a
# helmet hit; a crack heard with a neck injury; "no injury" and "no reason" end their own
# negation (breakers); the skin stretched tight over a swelling with painkillers not touching
# it (read in the text: not "skin tight leggings"); a tight chest put down to posture (which
# also clears the twenty-third holdout's hunched shoulders). Three false alarms are left: a
# child's chickenpox fever beside the parent's stiff back, and two cancers long over beside a
# tight hamstring (a past cancer warns, as chosen before). The untouched sets 31 and 32 give the
# same figures on these rules.
# tests/triage_blind35_untouched.json (260 queries, an inner-city hospital's health care
# assistant who was its emergency department's receptionist) and
# tests/triage_blind36_untouched.json (260, a yoga and pilates teacher and first-aider) measure
# the twenty-ninth round's rules, the session's last: run whole and untouched once (2026-12-05:
# emergency 59 and 58 of 60, today 48 and 47 of 48, soon 30 and 32 of 32, 3 and 5 false alarms
# in 120; on the twentieth round's the same but 3 and 6 false alarms). Not read, not tuned on:
# their runs are their floors.
# Four more sets (260 queries each) were written for the thirtieth round and run whole and
# untouched once on the twenty-ninth round's rules (2026-12-05): the thirty-seventh (a
# community pharmacist) emergency 56 of 60, today 48 of 48, soon 32 of 32, 9 false alarms in
# 120; the thirty-eighth (a rural first responder and mountain rescue volunteer) 54, 47, 30, 3;
# the thirty-ninth (a home-care agency's care coordinator reading carers' notes) 60, 47, 32, 1;
# the fortieth (a university strength coach answering athletes online) 58, 48, 31, 6. The
# 37th, 38th and 40th were split with fixed seeds (3737, 3838, 4040); the thirtieth round read
# and tuned on the tune halves: a neck pushed into a stretch, an arm that "feels funny", sight
# gone for a minute and back, hot one minute and freezing the next with confusion, peeing that
# burns, a boy's groin pain with sickness, "a knee to the head", someone "who had" cancer,
# "102f" a temperature and not an age, a fever "last week, hes fine now", the evening after a
# shift, arm day, Raynaud's colours ("then go red"), a sore spot pressed on the breastbone, a
# steering wheel, dress sizes dropped, the middle of the back without a cause. Left: the
# menopause's heat beside aching joints, a tailbone bruised falling off the sofa (a fall with
# back pain, "soon"), and weight lost said after "shirts dont fit" (the "dont" denies it).
# The held-out halves, run once at the round's end, gave exactly what they gave before it
# (37: 27, 24, 16, 4 false alarms; 38: 26, 24, 16, 2; 40: 30, 24, 16, 3): held there. The
# thirty-ninth is committed unread (the round's rules give its first run again).
# The thirty-first round read those three held-out halves and now passes every row of them: a
# lump that pulses, "swollen tense" with a limb and tingling, "mixed up", an explosion in the
# head, a quad bike rolled, a new headache after a neck manipulation, kicked in the head;
# "banging head" is a headache, not a knock; a fall "loads better now" or "easing" (`improving`)
# is not a back's warning; heat applied, then the skin hot; a chest sore from coughing; a
# grandchild carried; "fever all gone"; "temp 37.1" is no fever; the menopause's heat (which also
# clears the thirtieth round's hot joints "just the menopause"). Nothing got worse on any table
# before it; four untouched sets' rows got better (31, 32, 35 and 36: four false alarms fewer
# and an emergency caught, their texts unread).
# Four more sets (260 each) measured it, run whole and untouched on the thirtieth and the
# thirty-first rounds' rules: the 41st (a secondary school PE teacher and coach) emergency 56,
# today 48, soon 31, 3 false alarms, on both; the 42nd (a chronic pain forum's moderator) 60,
# 48, 31, 2 on both; the 43rd (a GP receptionist typing callers' words) 58, 48, 32, 4, then 59
# on the thirty-first's; the 44th (a community health worker typing families' second-language
# English) 52, 45, 27, 5, then 53. The 41st and 44th were split (seeds 4141, 4444); the
# thirty-second round read their tune halves: indigestion in the chest with the jaw or
# breathlessness; pain "creeping up" every week; a curtain "come down", sight lost; a face
# "going down"; "talk funny"; "not recognise us"; a fever with fast breathing; "slip";
# "dont want to stand"; "take the pill" and a calf "more big"; a neck hit that cannot move;
# "wakes her up" no longer reads "i wake up" as night pain (a waking child's crying does);
# cramps; "my pain" and "ive been" are one's own after someone else's condition; a cricket ball
# and a bruise on the chest; a child minder's work. The held-out halves, run once at its end,
# gave what they gave before it (41: 27, 24, 16, no false alarm; 44: 27, 24, 11, 2). The 42nd
# and 43rd are committed unread, their floors their runs on these rules.
# The thirty-third round read those two held-out halves and now passes every row of them: "19
# years back pain" is not 19 years ago; "i have 16 years" is an age; an arm and a leg gone numb
# or weak together (one side, read in the text); a temperature with shivers and nearly passing
# out; "barely weed"; "confuse"; "could not speak"; headaches that change; weight lost in kilos;
# "not from nothing"; a fever last month "finish now"; a grandfather who "have cancer"; a neck
# "fine at first" after a crash. Nothing got worse on any table; one untouched row (32) is now
# caught at its level.
# Four last sets (260 each) measure the thirty-third round's rules, the session's last, written
# while it was tuned and run whole and untouched once (2026-12-05): the 45th (an occupational
# therapist after joint replacements) emergency 60, today 47, soon 32, 2 false alarms; the 46th
# (a parenting forum's moderator) 59, 48, 31, 2; the 47th (a building site's first-aider) 58,
# 47, 31, 4; the 48th (a retired village doctor's older neighbours) 56, 48, 32, 8. On the rules
# the session began with (the twenty-ninth round's): the same but 58 and 57 emergencies in the
# 46th and 47th, and 4 false alarms in the 46th. Not read, not tuned on: their runs are their
# floors.
# Four more (260 each) measure the session's last rules, after its second reading: the 49th (a
# cycling club's ride leader and parkrun volunteer) emergency 55, today 47, soon 30, 4 false
# alarms; the 50th (an out-of-hours GP reading e-consult forms) 60, 48, 30, 1; the 51st (a
# hairdresser who teaches an over-60s chair-exercise class) 58, 48, 32, 3; the 52nd (a prison
# nurse and homeless drop-in volunteer) 55, 48, 30, 3. On the rules the session began with:
# the same but soon 29 in the 50th and 52nd and emergency 54 in the 52nd. Unread, as floors.
# The thirty-fourth round then read three of the eight unread sets whole (48, 49 and 52, the
# weakest: now `_read`) and kept five unread (45, 46, 47, 50, 51) to measure it: a chest with
# the left arm and sweating; indigestion into the jaw; "outta breath" and a sudden pain on
# breathing in; a headache with a chin that cannot reach the chest; something that tore in the
# chest through to the back; a head "killin" me, "spewed"; a car that "clipped" me; "dd 3" (a
# forum's dear daughter); a lump that beats with the heart; a boy's swollen groin or groin pain
# on waking; "lost my words"; "worse than ive ever felt"; the middle of the spine or of the back
# with no reason ("dont no why" is no reason, which no longer denies the back); "isnt me"; a
# neck twisted hard; a swollen calf, tingling and in agony; the gym's chest machines are the
# chest wall (they had been deleted from the text, leaving "sore chest"); "mine is", "my sore",
# "my tummy" after someone else's history, and an age between who and what ("dad 65 had");
# "last summer"; fingers white "then pink"; numbness "all gone" once off the plane or the bike.
# Left: a fall on the stairs caught by the rail, a ladder fall ten years ago whose back "still
# aches", an arm that will not lift above the head after plastering (read as weakness), and a
# rugby neck injury told without a time. The five unread sets gave exactly their figures before
# the round; of the older unread sets, one row (21) got better.
# Seventh session (2026-12-05): eight sets, each run once whole and untouched on the rules the
# session began with (53 flight attendant, 54 voice dictation, 55 learning disability support,
# 56 ski patrol, 57 dance school, 58 drivers' union, 59 second-language lunch club, 60 American
# urgent care): emergency 465 of 480, today 380 of 384, soon 247 of 256, 22 false alarms in 960.
# The thirty-fifth round tuned on the tune halves of 53, 54, 55 and 57; the held-out halves, run
# once at its end, gave exactly their first figures (116 of 120, 93 of 96, 63 of 64, 4 false
# alarms in 240), and the thirty-sixth round read them. 56, 58, 59 and 60 stay unread: after both
# rounds they give exactly their first runs (232 of 240, 192, 123 of 128, 9 in 480).
# Eighth session (2026-12-06): six sets, each run once whole and untouched on the rules the session
# began with (61 school nurse, 62 gym trainer, 63 rural district nurse, 64 pharmacy counter, 65
# night-shift forum, 66 Australian and New Zealand physio bookings): emergency 344 of 360, today
# 286 of 288, soon 186 of 192, 22 false alarms in 720. The thirty-seventh round tuned on the tune
# halves of 61, 62 and 63 (mechanisms of injury in farm and school words, a school year as an age,
# one side's arm and leg named, a blood thinner with headache and sickness, confusion in someone
# very unwell); the held-out halves, run once at its end, gained one emergency (61): 86 of 90, 71
# of 72, 45 of 48, 7 false alarms in 180. The thirty-eighth round read them (a dropped "g":
# "mornin", "lyin still or movin"; "took a kettlebell to the head"; a click felt in the neck; a
# temple's artery hard and tender; "im sore" as the writer's own; "the old fella"; DOMS and a
# day on one's feet explain an ache). 64, 65 and 66 stay unread and give exactly their first
# runs. Four more sets were written while the session worked on words around a message (67
# community sports club, 68 care home, 69 construction first-aider, 70 students' union), run on
# the starting rules (emergency 236 of 240, today 190 of 192, soon 122 of 128, 10 false alarms in
# 480) and, unread, at the session's end: the same figures but one "soon" more (68, after the
# thirty-eighth round).
# Ninth session (2026-12-06): six sets, each run once whole and untouched on the rules the session
# began with (71 a GP surgery's phone, 72 a parenting forum, 73 over-70s by voice dictation, 74
# mountain and ski guides, 75 delivery riders, 76 yoga and pilates messages), all split by level
# with fixed seeds: emergency 353 of 360, today 285 of 288, soon 186 of 192, 18 false alarms in
# 720; three of the twelve halves (71, 73 and 74's tune halves) passed every row on first sight.
# The thirty-ninth round read the tune halves' misses; five more rounds mended words around a
# message found by the metamorphic edits (no punctuation, dashes and dots for commas, "me" for
# "my", a plural's typo) and probes in the new writers' words. The held-out halves, run once at
# the end, gained one "today" (72) and lost one false alarm (71): emergency 174 of 180, today 142
# of 144, soon 92 of 96, 12 false alarms in 360 (on the starting rules 174, 141, 92 and 13). No
# half met the target.
# Tenth session (2026-12-06): sixteen sets, each run once whole and untouched on the rules the
# session began with (77 Indian and West African English by telehealth chat, 78 a running club,
# 79 hair salons and barbers, 80 an orchestra and touring crews, 81 an allotment society, 82 an
# American symptom forum, 83 Scots, Ulster and Geordie e-consultations, 84 a hypermobility and
# chronic pain group, 85 army reservists, cadets and firefighters, 86 holiday reps and a cruise
# ship, 87 a gaming Discord, 88 Deaf writers of British Sign Language, 89 an oncology clinic and
# hospice, 90 a diabetes and kidney clinic, 91 a men's health line, 92 machine-translated
# messages), all split by level with fixed seeds: emergency 920 of 960, today 754 of 768, soon
# 496 of 512, 50 false alarms in 1,920. The forty-sixth to forty-ninth rounds read the tune
# halves (and probes of my own in the new writers' words); the held-out halves, sealed until
# then, were run once at the forty-ninth's end: emergency 466 of 480, today 375 of 384, soon
# 245 of 256, 27 false alarms in 960 (on the starting rules 461, 373, 245 and 31). No half met
# the target. The fiftieth round read them (left: the tables' floors below).
# Eleventh session (2026-12-06): sixteen sets, each run once whole and untouched on the rules the
# session began with (93 Caribbean and Black British English, 94 a menopause forum, 95 a
# homelessness, drug and alcohol service, 96 clinicians' own shorthand, 97 dyslexia and
# autocorrect, 98 a fitness account's DMs in emoji, 99 a long Covid group, 100 a company's
# wellbeing channel; 101 cardiac rehabilitation, 102 carers of people with dementia, 103 Singlish
# and Filipino English, 104 South African, Kenyan and Nigerian English, 105 families of disabled
# people, 106 children aged 8 to 12, 107 a riding yard and a motorcycle club, 108 divers, surfers
# and sailors), all split by level with fixed seeds: emergency 924 of 960, today 751 of 768, soon
# 495 of 512, 32 false alarms in 1,920 (the second eight were written after the fifty-first round
# and gave the same figures on its rules but one "soon"). The fifty-first to fifty-third rounds
# read the tune halves and probes of my own in the new writers' words; the held-out halves, sealed
# until then, were run once at the fifty-third's end: emergency 459 of 480, today 380 of 384, soon
# 250 of 256, 19 false alarms in 960 (on the starting rules 458, 378, 246 and 19). No half met the
# target but 100's (both of its halves passed every row on first sight, as did 94's tune half).
# The fifty-fourth round read them (left: the tables' floors below).
# Twelfth session (2026-12-06): eight sets, each run once whole and untouched on the rules the
# session began with (109 restaurant, bar, hotel and door staff, 110 a boxing, MMA, jiu-jitsu,
# judo and wrestling gym, 111 a postnatal line in the year after a birth, 112 tree surgeons,
# landscapers and park rangers, 113 stroke, aphasia and brain injury survivors, 114 teachers,
# teaching assistants and nursery staff, 115 a golf, bowls, racket and masters swimming club, 116
# festival, rave and big-event medical tents), all split by level with fixed seeds: emergency 467
# of 480, today 377 of 384, soon 251 of 256, 22 false alarms in 960. The fifty-fifth to
# fifty-seventh rounds read the tune halves (and 44 probes of my own in the new writers' words);
# the held-out halves, sealed until then, were run once at the fifty-seventh's end: emergency 235
# of 240, today 188 of 192, soon 126 of 128, 12 false alarms in 480 (on the starting rules 235,
# 188, 125 and 12). Only 109's held-out half met the target, on first sight. The fifty-eighth
# round read them (left: the tables' floors below). Eight more sets were written after the
# fifty-eighth round and are kept unread, each run once whole on its rules, the session's last
# (117 long-haul truckers, 118 vets, kennels, farms and a zoo, 119 a class in the weeks after an
# operation, 120 an antenatal forum, 121 an American youth sports league, 122 a health anxiety
# forum, 123 search-engine keywords, 124 families writing English and Spanish in one message):
# without 124, emergency 413 of 420, today 335 of 336, soon 217 of 224, 13 false alarms in 840;
# 124 caught 34 of 60 emergencies, 22 of 48 "today" and 17 of 32 "soon" (the engine reads
# English only: of its 67 red flags missed, 45 still led to questions asked in the results). On
# the session's starting rules the eight gave the same but for three rows (one emergency and two
# "today", each caught now).
# Thirteenth session (2026-12-06): eight sets, each run once whole and untouched on the rules the
# session began with (125 parcel couriers and warehouse pickers, 126 a retirement village, 127
# English as a second language, 128 night-shift carers writing about residents, 129 musicians and
# dancers, 130 office and remote workers, 131 voice dictation, 132 tradespeople on a building
# site), all split by level with fixed seeds: emergency 465 of 480, today 377 of 384, soon 245
# of 256, 20 false alarms in 960. The fifty-ninth round read the tune halves; the held-out
# halves, sealed until then, were run once at its end: emergency 233 of 240, today 189 of 192,
# soon 119 of 128, 11 false alarms in 480 (on the starting rules 231, 189, 119 and 11). The
# sixtieth round read them (left: the tables' floors below).
# Then eight more sets, written while those rounds were tuned and run once whole and untouched
# on the sixtieth round's rules (133 university students, 134 parents of teenagers, 135 farm and
# station hands in Australia and New Zealand, 136 soldiers, veterans, police and firefighters,
# 137 gardeners and DIY, 138 a cycling and triathlon club, 139 a dads' group, 140 Gen Z texting):
# emergency 464 of 480, today 380 of 384, soon 249 of 256, 21 false alarms in 960 (on the
# session's starting rules 458, 376, 248 and 23). Split by level with fixed seeds, the sixty-first
# round read the tune halves; the held-out halves, sealed until then, gave at its end emergency 232
# of 240, today 191 of 192, soon 127 of 128, 10 false alarms in 480: exactly their figures on the
# sixtieth round's rules. The sixty-second round read them.
# Eight more sets were written after the sixty-second round and are kept unread, each run once
# whole on its rules, the session's last (141 hospital staff, 142 a chronic pain and fibromyalgia
# group, 143 gamers and streamers, 144 cleaners and housekeepers, 145 a running club, 146
# hairdressers and beauticians, 147 delivery riders and ride-hailing drivers, 148 a men's shed):
# emergency 476 of 480, today 378 of 384, soon 250 of 256, 15 false alarms in 960 (on the
# session's starting rules 468, 373, 249 and 18).
# Fourteenth session (2026-12-06): eight sets, each run once whole and untouched on the rules the
# session began with (149 Irish pharmacy messages, 150 Canadian and northern US winters, 151
# CrossFit, HYROX and bootcamp, 152 skaters, BMX riders, climbers and parkour, 153 smartwatch
# replies, 154 careful formal writers, 155 grandparents minding grandchildren, 156 factory, food
# and cold-store workers): emergency 470 of 480, today 374 of 384, soon 246 of 256, 21 false
# alarms in 960. Split by level with fixed seeds, the sixty-third round read the tune halves; the
# held-out halves, sealed until then, were run once at its end: emergency 235 of 240, today 186 of
# 192, soon 124 of 128, 10 false alarms in 480 (on the starting rules 234, 186, 125 and 10). The
# sixty-fourth round read them. Then a second eight, written meanwhile, run once whole on the
# sixty-fourth round's rules (157 wheelchair users, amputees and long-term disability, 158
# supermarket and retail staff, 159 Scout, Guide and Duke of Edinburgh leaders, 160 long-distance
# walkers and backpackers, 161 a faith community's health group, 162 rugby, American football,
# Gaelic and ice hockey, 163 Welsh, West Country, Midlands and Northern English, 164 the rural
# American South and West): emergency 473 of 480, today 380 of 384, soon 251 of 256, 30 false
# alarms in 960 (on the starting rules the same but 31). The sixty-fifth round read the tune
# halves; the held-out halves gave at its end exactly their first run (236, 191, 124, 14 of
# 240, 192, 128, 480); the sixty-sixth read them. A third eight, run once whole on the sixty-sixth
# round's rules (165 people after crashes and insurance claims, 166 dental and surgical staff,
# 167 kneeling trades, 168 Hong Kong, Malaysian, Chinese and Taiwanese English, 169 ALL CAPS and
# emoji, 170 former professional athletes, 171 bus, train, tram and taxi drivers, 172 call
# centre workers): emergency 470 of 480, today 380 of 384, soon 249 of 256, 14 false alarms in
# 960 (on the starting rules 470, 380, 248 and 18). The sixty-seventh round read the tune
# halves; the held-out halves gave at its end exactly their first run (237, 190, 123, 4); the
# sixty-eighth read them. A fourth eight, run once whole on the sixty-eighth round's rules (181
# fishing crews, 182 miners and tunnellers, 183 prison officers and security guards, 184
# gymnasts, cheerleaders and trampolinists, 185 removal men, 186 people awake at 3am, 187
# French, German, Italian and Dutch speakers writing English, 188 Maori and Pacific families in
# New Zealand): emergency 466 of 480, today 377 of 384, soon 243 of 256, 16 false alarms in 960
# (on the starting rules 466, 376, 241 and 18). The sixty-ninth round read the tune halves; the
# held-out halves gave at its end 234, 189, 122 and 11 of 240, 192, 128 and 480 (their first
# run: the same but one "soon" fewer); the seventieth read them. No held-out half of the
# session met the target on its one run but 163's, 168's and 183's.
# Eight more sets were written after the sixty-sixth round and are kept unread, each run once
# whole on the session's last rules (173 van-lifers and narrowboats, 174 lifeguards and swimming
# teachers, 175 people losing weight on GLP-1 jabs or diets, 176 older South Asian families
# mixing English with Hindi, Urdu, Punjabi or Gujarati, 177 tattoo artists and clients, 178 pole,
# aerial and circus performers, 179 postal workers and leaflet deliverers, 180 pub darts, snooker
# and bowls players): emergency 477 of 480, today 379 of 384, soon 251 of 256, 13 false alarms
# in 960 (on the session's starting rules 477, 376, 251 and 17).
# Fifteenth session: one eight, run once whole on the rules of the session's first commit (189
# riders, grooms and stable hands, 190 new and expectant parents, 191 chefs and kitchen staff,
# 192 yoga, pilates and tai chi classes, 193 golf, tennis, padel and pickleball players, 194
# people with diabetes, heart or kidney disease or on blood thinners, 195 Scots and Geordies,
# 196 families of service people and people far from a doctor): emergency 471 of 480, today
# 370 of 384, soon 247 of 256, 18 false alarms in 960 (the session's starting rules gave the
# same). The seventy-first round read the tune halves; the held-out halves then gave 235, 190,
# 126 and 11 of 240, 192, 128 and 480 (their first run: 235, 188, 125 and 11); the
# seventy-second read them. 191's and 192's held-out halves met the target on their one run.
# A second eight, run once whole on the seventy-second round's rules (197 US warehouse and
# logistics night staff, 198 people in their eighties and nineties writing themselves, 199
# Indian, Nigerian, Kenyan and Filipino nurses and carers abroad, 200 builders' merchants and
# labourers on WhatsApp, 201 anxious writers who have googled everything, 202 hikers, skiers and
# mountain bikers, 203 teachers and nursery staff, 204 Sunday league and five-a-side
# footballers): emergency 474 of 480, today 378 of 384, soon 251 of 256, 17 false alarms in 960
# (on the session's starting rules 474, 378, 250 and 17). The seventy-third round read the tune
# halves; the held-out halves then gave exactly their first run (236, 190, 125 and 9 of 240,
# 192, 128 and 480); the seventy-fourth read them. 197's and 202's held-out halves met the target
# on their one run.
# A third eight, run once whole on the seventy-fourth round's rules (205 dog walkers, farriers
# and vets' nurses, 206 two-to-eight-word messages, 207 touring musicians and crews, 208
# swimmers, surfers, rowers and sailors, 209 night cleaners, guards and day sleepers, 210
# Caribbean, West African and Black British families, 211 martial artists and boxers, 212 home
# carers and personal assistants): emergency 477 of 480, today 381 of 384, soon 250 of 256, 7
# false alarms in 960 (on the session's starting rules 476, 381, 250 and 8). The seventy-fifth
# round read the tune halves; the held-out halves then gave exactly their first run (238, 190,
# 126 and 4 of 240, 192, 128 and 480); the seventy-sixth read them. 208's and 209's held-out
# halves met the target on their one run.
# Eight more sets were written at the end of the fifteenth session and are kept unread, each run
# once whole on its last rules (213 pharmacy staff relaying customers, 214 farm workers in
# Ireland and the US Midwest, 215 young parents of toddlers and schoolchildren, 216 people home
# after an operation or a long illness, 217 office workers in India, Singapore and the
# Philippines, 218 climbers' and cavers' partners and rescue volunteers, 219 retired walkers,
# bowlers, swimmers and gardeners, 220 people writing through a translation app): emergency 468
# of 480, today 381 of 384, soon 249 of 256, 16 false alarms in 960 (on the session's starting
# rules 467, 381, 248 and 16).
# The sixteenth session. A first eight, run once whole on the session's starting rules (221
# people writing through a translation app from Chinese, Vietnamese, Korean or Japanese, 222
# the same from Polish, Romanian, Ukrainian or Russian, 223 people who spell by sound, 224
# stoics who play everything down, 225 people writing live about someone beside them, 226
# people who say how it feels in pictures, 227 women writing about periods, pregnancy, birth
# and the menopause, 228 weekend players and their coaches): emergency 459 of 480, today 371
# of 384, soon 235 of 256, 15 false alarms in 960. The seventy-seventh round read the tune
# halves; the held-out halves then gave 234, 187, 118 and 8 of 240, 192, 128 and 480 (their
# first run: 230, 186, 115 and 8); the seventy-eighth read them. 224's, 225's and 228's
# held-out halves met the target on their one run.
# A second eight, run once whole on the seventy-eighth round's rules (229 people who only ask
# questions, 230 autistic adults and very literal writers, 231 grandchildren and adult children
# interpreting for older relatives, 232 people with rheumatoid arthritis, lupus, osteoporosis,
# joint replacements or long-term steroids, 233 long rambling social media posts, 234 people
# writing in pain, exhausted or on strong painkillers, 235 place-and-feeling shorthand, 236
# timelines by the clock): emergency 474 of 480, today 379 of 384, soon 248 of 256, 14 false
# alarms in 960 (the session's starting rules gave the same). The seventy-ninth round read the
# tune halves; the held-out halves then gave exactly their first run (236, 190, 124 and 9 of
# 240, 192, 128 and 480); the eightieth read them.
# A third eight, run once whole on the eightieth round's rules (245 people writing through a
# translation app from Swahili, Amharic, Somali, Hausa or Yoruba, 246 managers and workplace
# first-aiders reporting a colleague, 247 new runners and people back at the gym, 248 hedgers
# who correct themselves, 249 people with hypermobility or Ehlers-Danlos syndrome, 250 people
# in hot climates, 251 boarding school, camp and youth sports staff, 252 fast typists who leave
# autocorrect's mistakes): emergency 473 of 480, today 380 of 384, soon 247 of 256, 10 false
# alarms in 960 (on the session's starting rules 473, 379, 247 and 11). The eighty-first round
# read the tune halves; the held-out halves then gave exactly their first run (236, 188, 126
# and 7 of 240, 192, 128 and 480); the eighty-second read them. 247's and 250's held-out halves
# (and whole sets) met the target on their one run.
# Eight more sets were written during the sixteenth session and kept unread, each run once
# whole on its last rules (237 people writing through a translation app from Hindi, Bengali,
# Urdu, Tamil or Nepali, 238 families of adults with learning disabilities or little speech,
# 239 writers of formal letters and emails, 240 people with long COVID, ME/CFS or post-viral
# fatigue, 241 people who abbreviate everything, 242 cyclists and commuters on bikes and
# scooters, 243 people who start with the muscle they think it is, 244 people awake late at
# night): emergency 470 of 480, today 378 of 384, soon 246 of 256, 14 false alarms in 960 (on
# the session's starting rules 470, 377, 246 and 14).
# A fourth eight, written in the seventeenth session and run once whole on its first rules (253
# people writing through a translation app from Arabic, Persian, Turkish or Kurdish, 254
# farmers, fishers and rural workers, 255 teenagers, 256 voice-to-text dictation, 257 martial
# artists and contact-sport players, 258 carers of people with dementia or frailty, 259 people
# over 80, 260 strong regional slang and dialect): emergency 465 of 480, today 380 of 384, soon
# 251 of 256, 7 false alarms in 960 (the session's starting rules gave the same). The
# eighty-third round read the tune halves; the held-out halves then gave exactly their first
# run (234, 190, 125 and 6 of 240, 192, 128 and 480). 256's held-out half met the target.
# A fifth eight, written in the seventeenth session and run once whole on the eighty-fourth
# round's rules (261 people writing through a translation app from Portuguese, Spanish, Italian
# or French, 262 gardeners, DIYers and weekend builders, 263 dancers, yoga and pilates teachers,
# 264 lorry, taxi and bus drivers and delivery riders, 265 emoji and internet slang, 266 people
# with health anxiety, 267 gamers, programmers and office workers, 268 older men who play things
# down): emergency 474 of 480, today 376 of 384, soon 248 of 256, 16 false alarms in 960 (the
# session's starting rules gave the same). The eighty-fifth round read the tune halves; the
# held-out halves then gave 238, 189, 126 and 6 of 240, 192, 128 and 480 (first run 237, 189,
# 125 and 6). 267's held-out half met the target.
# Eight more sets were written during the seventeenth session and kept unread, each run once
# whole on its last rules (269 people writing through a translation app from Polish, Ukrainian,
# Russian or Lithuanian, 270 parents of babies and young children, 271 hikers, climbers, skiers
# and mountain bikers, 272 people repeating what a doctor or physio told them, 273 warehouse,
# factory and construction workers, 274 people in their fifties and sixties, 275 one long
# sentence with no punctuation, 276 students away from home): emergency 474 of 480, today 379
# of 384, soon 251 of 256, 8 false alarms in 960 (on the session's starting rules 473, 379, 251
# and 8). 273 met the target whole.
# A seventh eight, written in the eighteenth session (277 people writing through a translation
# app from German, Dutch or a Scandinavian language, 278 people who tell it in numbers, 279
# people who use medical words loosely ("a clot" for a knot), 280 Americans from the Midwest
# and the South, 281 adults with ADHD, 282 people writing about someone who will not see a
# doctor, 283 pasted group chats, 284 home exercisers): whole, on the session's starting rules,
# emergency 463 of 480, today 373 of 384, soon 251 of 256, 21 false alarms in 960. The
# eighty-seventh round read the tune halves; the held-out halves, run once after it, gave
# emergency 233 of 240, today 187 of 192, soon 127 of 128, 6 false alarms in 480 (on the
# starting rules 233, 186, 125 and 7). The eighty-eighth round read them.
# An eighth eight, written in the eighteenth session (285 people writing through a translation
# app from Greek, Albanian or a South Slavic language, 286 people who ask for a stretch first
# and tell what happened last, 287 carers of people with diabetes, heart failure or COPD, 288
# outdoor workers in the cold and wet, 289 people who name their medicines, 290 amateur
# musicians and choir members, 291 people who blame stress, 292 parents of teenagers and young
# adults): whole, on the session's starting rules and again after the eighty-eighth round,
# emergency 475 of 480, today 379 of 384, soon 251 of 256, 10 false alarms in 960 (the two
# rounds before reached none of it). The eighty-ninth round read the tune halves; the held-out
# halves, run once after it, gave emergency 237 of 240, today 189 of 192, soon 125 of 128, 8
# false alarms in 480 (the same as before it). The ninetieth round read them.
# Eight more sets were written during the eighteenth session and kept unread (293 people
# writing through a translation app from Thai, Indonesian, Malay or Tagalog, 294 nannies and
# childminders, 295 people pasting a symptom diary, 296 ramblers aged 55 to 85, 297 night and
# shift workers, 298 personal trainers about their clients, 299 people in a hurry on a bus, 300
# carers of a partner or parent with dementia, Parkinson's or a past stroke), each run once on
# the session's first rules and once on its last: emergency 475 then 476 of 480, today 382 of
# 384, soon 255 of 256, 11 false alarms in 960 both times. The floor is the last run.
# A ninth eight, written in the nineteenth session (301 people writing through a translation
# app from Hungarian, Czech, Slovak or Romanian, 302 Reddit and forum posters with titles,
# edits and a TL;DR, 303 people in the six weeks after an operation or a hospital stay, 304
# people whose immune system is weakened by their medicines or a transplant, 305 people who
# tell what they feel in pictures ("like a hot wire", "like a wet sandbag"), 306 people asking
# for a friend, a colleague or a neighbour, 307 people with a big event ahead, 308 boxers,
# martial artists and their coaches): whole, on the session's starting rules, emergency 472 of
# 480, today 382 of 384, soon 253 of 256, 16 false alarms in 960. The ninety-first round read
# the tune halves; the held-out halves, run once after it, gave emergency 234 of 240, today
# 191 of 192, soon 126 of 128, 8 false alarms in 480 (the same as before it: the round reached
# none of them). The ninety-second round read them.
# Eight more sets were written during the nineteenth session and kept unread (309 people
# writing in an easy-read style, 310 women aged 45 to 85 with thin bones or arthritis, 311
# weekend DIYers, 312 festival-goers and clubbers, 313 people writing through a translation
# app from Persian, Pashto, Kurdish or Dari, 314 people who answer as if filling in a form,
# 315 partners relaying symptoms told over the phone, 316 weightlifters and bodybuilders), each
# run once on the session's first rules and once on its last: emergency 473 of 480, today 383
# of 384, soon 251 of 256, 10 false alarms in 960 both times. The floor is the last run.
# Sixteen more sets were written during the twentieth session (2026-12-07), each writer given
# only the conditions, the levels and a persona. 317-324 split into tune and held-out halves
# (317 people who joke and exaggerate, 318 people who use euphemisms for the body, 319
# developers who write like a bug report, 320 people comparing with a serious thing they had
# before, 321 pilots, cabin crew and long-haul travellers, 322 South Africans, 323 Deaf people
# writing English with sign-language grammar, 324 young carers aged 12 to 17): whole, on the
# session's starting rules, emergency 477 of 480, today 379 of 384, soon 245 of 256, 10 false
# alarms in 960. The ninety-third round read the tune halves; the held-out halves, run once
# after it, gave emergency 237 of 240, today 189 of 192, soon 122 of 128, 7 false alarms in
# 480 (the same as before it). The ninety-fourth round read them.
# Eight more were kept unread (325 people who quote their smartwatch or home gadgets, 326 blind
# and partially sighted people, 327 Australians and New Zealanders, 328 people writing through a
# translation app from Finnish, Estonian, Latvian, Georgian or Armenian, 329 medical, nursing
# and physiotherapy students, 330 people sleeping rough and their outreach workers, 331 people
# on holiday or a work trip abroad, 332 people who correct themselves as they go), each run
# once on the session's first rules and once on its last: emergency 469 of 480, today 383 of
# 384, soon 254 of 256, 5 false alarms in 960 both times. The floor is the last run.
# Sixteen more sets were written during the twenty-first session (2026-12-07). 333-340 split
# into tune and held-out halves (333 people who use massage guns, balls, cupping or dry
# needling, 334 people whose phone's autocorrect swaps real words, 335 Singaporeans and
# Malaysians writing Singlish, 336 Spanish speakers in the US switching languages mid-sentence,
# 337 people writing Hinglish, Hindi mixed into English in Latin letters, 338 people answering
# a nurse's questions as a numbered list, 339 electricians, plumbers, roofers and other trades,
# 340 transgender and non-binary people): whole, on the session's starting rules, emergency
# 406 of 480, today 332 of 384, soon 212 of 256, 11 false alarms in 960 (the Spanish and the
# Hindi sets gave 52 of their 120 emergencies). The ninety-fifth round read the tune halves and
# gave the rules their `borrowed` words (Spanish, and Hindi in Latin letters); the held-out
# halves, run once after it, gave emergency 223 of 240, today 181 of 192, soon 115 of 128, 6
# false alarms in 480 (201, 166, 107 and 7 before it). The ninety-sixth round read them.
# Eight more were kept unread (341 retired doctors, nurses and physios, 342 sewists, knitters,
# potters and jewellery makers, 343 people from New York, New Jersey, Boston and Philadelphia,
# 344 market traders and street-food sellers, 345 people who write in brackets and asides,
# 346 GP receptionists and call handlers typing what a caller said, 347 people who raise two
# or three problems in one message, 348 people who chat to the app as to a friend), each run
# once on the session's first rules and once on its last: emergency 475 of 480, today 382 of
# 384, soon 254 of 256, 12 false alarms in 960 both times. The floor is the last run.
# Eight more sets were written during the twenty-second session (2026-12-07). 349-352 split into
# tune and held-out halves (349 offshore oil, gas and wind-farm workers and fishing crews, 350 a
# church congregation writing to its parish nurse, 351 tattoo artists, piercers and barbers, 352
# people with long medical histories writing about today's trouble): whole, on the session's
# starting rules, emergency 237 of 240, today 191 of 192, soon 126 of 128, 13 false alarms in
# 480. The ninety-seventh round read the tune halves; the held-out halves, run once after it,
# gave emergency 118 of 120, today 96 of 96, soon 62 of 64, 7 false alarms in 240 (118, 96, 62
# and 8 before it). The ninety-eighth round read them.
# Then 357-360, the same way (357 adult children writing about an ageing parent far away, 358
# construction apprentices and young labourers, 359 couples writing together, 360 people living
# with fibromyalgia, ME/CFS or long COVID): whole, on the ninety-eighth round's rules, emergency
# 236 of 240, today 190 of 192, soon 126 of 128, 6 false alarms in 480 (7 on the session's
# starting rules). The ninety-ninth round read the tune halves; the held-out halves, run once
# after it, gave emergency 116 of 120, today 95 of 96, soon 63 of 64, 3 false alarms in 240 (the
# same before it). The hundredth round read them.
# Eight more were kept unread (353 hillwalkers, ramblers and allotment holders over 70, 354
# primary school teaching assistants and lunchtime supervisors, 355 people typing in bed at
# night, 356 theatre, film and TV crews, 361 club cricketers, golfers and lawn bowlers, 362 office
# and call-centre workers writing in jargon, 363 people who write mostly in questions, 364
# grandparents raising their grandchildren), each run once on the session's first rules and once
# on its last: emergency 472 and 473 of 480, today 380 and 380 of 384, soon 253 and 253 of 256,
# 25 and 20 false alarms in 960. The floor is the last run.
# Eight more sets were written during the twenty-third session (2026-12-07). 365-368 split into
# tune and held-out halves (365 long-distance lorry, van and coach drivers, 366 horse riders,
# grooms and stable-yard workers, 367 wheelchair users and amputees, 368 plumbers, electricians,
# mechanics and other tradespeople): whole, on the session's starting rules, emergency 232 of
# 240, today 191 of 192, soon 124 of 128, 7 false alarms in 480. The hundred-and-first round read
# the tune halves; the held-out halves, run once after it, gave emergency 118 of 120, today 96 of
# 96, soon 61 of 64, 1 false alarm in 240 (the same before it). The hundred-and-second round
# read them: a riding hat "cracked in two" and a chest that "feels like someone's stood on it"
# are raised now; its other words (a bed soaked at night, pain "no matter how I move", "not a
# muscle thing", "can't find a cause") were taken out again after a reviewer's probes (19 new
# false alarms, 9 children silenced), so those rows stay below.
# Four more were kept unread (369 night-shift workers, 370 parents of young ballet dancers and
# gymnasts and adult dancers, 371 skiers, snowboarders and mountain-bike riders on holiday, 372
# older people who write formally, like a letter), each run once on the session's first rules
# and once after the hundred-and-first round: emergency 235 and 235 of 240, today 192 and 192 of
# 192, soon 126 and 126 of 128, 12 and 12 false alarms in 480.
# Then 377-380, the same way, written after the hundred-and-second round (377 people in the
# weeks after surgery, 378 competitive gamers and streamers and their parents, 379 bakers,
# butchers and fishmongers, 380 referees and umpires): whole, on the session's starting rules
# and on the hundred-and-second round's, emergency 238 of 240, today 189 of 192, soon 126 of 128,
# 18 false alarms in 480 both times. The hundred-and-third round read the tune halves (a birth
# "by c-section 5 days ago" and "8 days post caesarean" are a new mother's; a reviewer's probes
# of its draft, 24 of 62 wrong, took its other words out again); the held-out halves, run once
# after it, gave emergency 119 of 120, today 96 of 96, soon 64 of 64, 10 false alarms in 240
# (the same before it).
# Four more were kept unread (373 zero-hours call-centre and warehouse workers writing without
# punctuation, 374 parents at the school gate, 375 five-a-side and Sunday league footballers,
# 376 beekeepers, forestry workers and tree surgeons), written after the hundred-and-second
# round and run on the session's first rules, on that round's and on the last: emergency 237
# of 240, today 190 of 192, soon 125 of 128, 8 false alarms in 480, all three times.
# Sixteen more sets were written during the twenty-fourth session (2026-12-07). 381-384 split
# into tune and held-out halves (381 roofers, scaffolders and window cleaners, 382 parents of
# autistic or non-verbal children and autistic adults, 383 choir singers, brass players,
# organists and bell ringers, 384 driving instructors, learners and their parents): whole, on the
# session's starting rules, emergency 236 of 240, today 190 of 192, soon 126 of 128, 9 false
# alarms in 480. The hundred-and-fourth round read the tune halves; four drafts went to
# reviewers (86 of 257 probes wrong: a fist on the chest is as often self-massage in this app, a
# fever "weeks ago" silenced a fever of 39, "i told him" made a relative's history the writer's,
# a loose "mum to be" read a daughter, a dog or a denial) and only "mum to be" as the writer's
# own pregnancy, at the message's start, landed. The held-out halves, run once after
# it: emergency 117 of 120, today 96 of 96, soon 64 of 64, 4 false alarms in 240 (the same before).
# The hundred-and-fifth round then read them; none of it landed (its reviewer: 29 of 60 wrong).
# Twelve were kept unread: 385-388 (secondary school students in exam season and their tutors,
# people who bury the serious symptom in a long message about other worries, people in their
# first month of a physical job, people recovering at home from chemotherapy, steroids or a long
# stay) and 389-396, written after the round's first draft (train, tram and bus drivers and track
# workers; welders, sculptors and potters; people fasting in Ramadan; scientists, surveyors and
# engineers writing in numbers; market traders and florists; photographers and journalists;
# knitting and quilting groups; people who play symptoms down), each run on the session's first
# rules and on its last, to the row the same: 385-388 emergency 239 of 240, today 190 of 192,
# soon 128 of 128, 12 false alarms in 480; 389-396 emergency 475 of 480, today 381 of 384, soon
# 249 of 256, 19 false alarms in 960.
# Twelve more sets were written during the twenty-fifth session (2026-12-08). 397-400 split into
# tune and held-out halves (397 night-shift workers: porters, cleaners, care-home night staff,
# security guards, bakers; 398 wedding season: brides, grooms, hen and stag parties, guests; 399
# vets, veterinary nurses, groomers, kennel and stable staff, farriers; 400 angry, frustrated
# writers in capitals and sarcasm): whole, on the session's starting rules, emergency 234 of
# 240, today 189 of 192, soon 124 of 128, 16 false alarms in 480 (the tune halves 116 of 120, 95
# of 96, 63 of 64, 8 false alarms in 240). The hundred-and-sixth round read them and the twelve sets
# of the twenty-fourth session (reported, so readable now): a clause saying only that something
# "went away" kept for its guard (two engine drafts: their reviewers found 29 of 38 and 28 of
# 34 changes wrong, a "went away" silencing a current red flag told in another clause), five
# phrases (30 of 40 wrong) and "just hit" as an age (26 of 32 wrong) did not land; a number
# after a measuring word ("fever 38", "temp peaked 39") is no age did. Two more rounds did not
# land: the clause before a "went away" left out (22 of 28, then 19 of 20 wrong), and "for ages"
# as lasting only after what hurts (21 of 26 wrong). The held-out halves, run
# once after it: emergency 118 of 120, today 94 of 96, soon 61 of 64, 8 false alarms in 240 (the
# same before it). Four were kept unread (401 people in fertility treatment and the weeks after
# a birth, 402 funeral directors, gravediggers and the bereaved, 403 people who send several
# short texts as one, 404 wheelchair users, amputees and people with long-term conditions), run
# on the session's first rules and on its last, the same both times: emergency 235 of 240,
# today 186 of 192, soon 123 of 128, 24 false alarms in 480.
FLOORS = {**SIZES,
          # 397-400 after the hundred-and-sixth round. Left in the tune halves: a bridesmaid's
          # thunderclap with a neck "going stiff" beside "hungover"; a hand gone weak, "cant grip
          # my coffee cup"; a pony's head "smacked me on the temple" on warfarin; a shin "like
          # concrete"; a TIA told as "couldnt move my right leg or speak properly" (each phrase
          # that read them read more that is ordinary: the reviewer's probes are tests).
          "triage_blind397_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind397_holdout": {"emergency": 30, "today": 23, "soon": 15, "none": 56},
          "triage_blind398_tune": {"emergency": 29, "today": 23, "soon": 15, "none": 58},
          "triage_blind398_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 59},
          "triage_blind399_tune": {"emergency": 28, "today": 24, "soon": 16, "none": 59},
          "triage_blind399_holdout": {"emergency": 29, "today": 23, "soon": 15, "none": 59},
          "triage_blind400_tune": {"emergency": 29, "today": 24, "soon": 16, "none": 56},
          "triage_blind400_holdout": {"emergency": 30, "today": 24, "soon": 15, "none": 58},
          # 381-384 after the hundred-and-fourth round. Left in the tune halves: a grandad of 77
          # off a ladder, hip pain, can't stand, told beside "i've told him!!" (the writer's own
          # words make the fall someone else's history); a non-verbal father pressing his fist to
          # his chest, pale, sweating and sick (a fist on the chest is as often self-massage here);
          # an autistic son of 24 rubbing his shoulder "more and more" over five weeks.
          "triage_blind381_tune": {"emergency": 30, "today": 23, "soon": 16, "none": 58},
          "triage_blind381_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 58},
          "triage_blind382_tune": {"emergency": 29, "today": 24, "soon": 14, "none": 60},
          "triage_blind382_holdout": {"emergency": 28, "today": 24, "soon": 16, "none": 58},
          "triage_blind383_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 57},
          # 377-380 after the hundred-and-third round (the unread sets keep their one run: below).
          "triage_blind377_tune": {"emergency": 30, "today": 23, "soon": 16, "none": 57},
          "triage_blind377_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 56},
          "triage_blind378_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 57},
          "triage_blind379_tune": {"emergency": 29, "today": 24, "soon": 15, "none": 59},
          "triage_blind379_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind380_tune": {"emergency": 30, "today": 24, "soon": 15, "none": 56},
          "triage_blind380_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 58},
          # The twenty-third session's sets, after the hundred-and-first round. Left in the tune
          # halves: a clot "9 yrs ago... no problems since" and a DVT "in 2015... totally fine
          # since" beside a tight hamstring and a tight calf (a past clot with a leg's pain asks,
          # on purpose); "worst headache ever? no, just a hangover" beside a neck stiff from
          # dancing; a sister's breast cancer beside "feet and calves sore" with no "my"; a
          # toddler's fall beside the parent's back; covid "6 weeks ago, temp and all, fully
          # better now" beside a stiff back; and a TIA told as "couldn't say 'pass me the drill'
          # properly" (the words that read it also read "couldn't get out of bed properly").
          "triage_blind365_holdout": {"emergency": 30, "today": 24, "soon": 15, "none": 60},
          "triage_blind366_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 58},
          "triage_blind366_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind367_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind367_holdout": {"emergency": 30, "today": 24, "soon": 15, "none": 60},
          "triage_blind368_tune": {"emergency": 29, "today": 24, "soon": 16, "none": 57},
          "triage_blind368_holdout": {"emergency": 30, "today": 24, "soon": 15, "none": 60},
          # A set not tuned on: its floor is its one untouched run (unless it has since got better).
          **{name: UNTOUCHED[name] for name in TABLES if name.endswith("_untouched")},
          "triage_blind4_tune": {"emergency": 47, "today": 37, "soon": 24, "none": 91},
          "triage_blind6_tune": {"emergency": 43, "today": 30, "soon": 23, "none": 85},
          "triage_blind8_holdout": {"emergency": 34, "today": 28, "soon": 24, "none": 74},
          "triage_blind13_tune": {"emergency": 28, "today": 24, "soon": 18, "none": 58},
          # "My wife thinks im having a heart attack every time i groan, but its just my lower
          # back": a heart attack feared now warns (2026-12-05, seventh session), even a wife's.
          "triage_blind16_holdout": {"emergency": 30, "today": 23, "soon": 18, "none": 59},
          "triage_blind17_tune": {"emergency": 29, "today": 24, "soon": 17, "none": 58},
          "triage_blind17_holdout": {"emergency": 30, "today": 24, "soon": 17, "none": 59},
          "triage_blind19_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind20_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind22_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind22_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 58},
          "triage_blind23_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind28_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind30_read": {"emergency": 60, "today": 48, "soon": 32, "none": 119},
          "triage_blind33_read": {"emergency": 60, "today": 48, "soon": 32, "none": 119},
          "triage_blind34_read": {"emergency": 60, "today": 48, "soon": 32, "none": 118},
          "triage_blind40_tune": {"emergency": 30, "today": 24, "soon": 15, "none": 59},
          "triage_blind43_untouched": {"emergency": 59, "today": 48, "soon": 32, "none": 117},
          "triage_blind48_read": {"emergency": 60, "today": 48, "soon": 32, "none": 119},
          "triage_blind52_read": {"emergency": 59, "today": 48, "soon": 32, "none": 118},
          # Left: a friend "just diagnosed" with cancer, then "a pulled calf" (no "my" to say
          # the calf is the writer's own).
          "triage_blind53_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          # Left: a leg numb on walking, fine after sitting (a spine's narrowing, soon).
          "triage_blind54_holdout": {"emergency": 30, "today": 24, "soon": 15, "none": 60},
          # Left: a cancer at five, all clear at seventeen (a past cancer still asks "soon").
          "triage_blind61_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          # Left: a childhood cancer again, and a fall onto the bottom with a sore back in someone
          # of no stated age ("soon": a fall with back pain asks to be looked at).
          "triage_blind63_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 58},
          # Left: a chest infection in January, "all cleared up" in a clause of its own, and a back
          # tight from gardening (an infection still counts beside new back pain).
          "triage_blind72_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          # The held-out halves after the forty-fifth round read them (left: a leg's night pain and
          # a limp in a 9 year old read as "soon"; numbness from sitting cross-legged "for ages";
          # feet cold on the sidelines; a calf "pumped" after the gym; a son's cancer as a baby,
          # "fine" at 20; a long drive; "hot and bothered" by the weather; a husband's cancer
          # beside "my only problem"; lying on a shoulder at night; a tailbone bruised last month;
          # constant back pain day and night; upper back pain "for no reason, been weeks": a rule
          # for upper back pain without a cause alone warned on an ordinary complaint of the unread
          # 68, so it was not taken). Since mended (tenth session): all but a calf "pumped" after
          # the gym, the son's cancer, upper back pain "for no reason", and the tailbone; upper
          # back pain "for no reason been weeks" too in the eleventh ("been weeks" is lasting).
          "triage_blind72_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 58},
          "triage_blind76_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          # Left: a childhood leukaemia "30 years clear" and a pulled hamstring (most writers ask
          # "soon" of a childhood cancer with an ache: a rule for it lost eight passing rows).
          "triage_blind80_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          # Left: a back sore after a fall "but that was january and is fine now".
          "triage_blind92_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          # The held-out halves after the fiftieth round read them. Left: a temperature "last month
          # with covid, long gone" and hands hot after a day of perms (79); a toddler's fall and
          # the parent's back (84); a grandmother who "fell last year and broke her hip" beside
          # the writer's calves (82: "fell" as a history's verb dropped a carer's account of a
          # fall today whenever they added their own ache); in British Sign Language English,
          # "headache paracetamol no help, stars in eye" (the "no" reaches the stars), upper back
          # pain "every day, no reason", "dad thin thin lose weight", a father's cancer "die
          # before", golf "always same many year" (88); an arm swollen round a PICC line (89: the
          # clot flag is the legs'); "just constant" after "not from lifting" (91); a son's
          # testicle called "the egg", neck pain "every week more strong", "my dad has cancer now"
          # beside the writer's back (92).
          "triage_blind79_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind82_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind84_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind88_holdout": {"emergency": 30, "today": 24, "soon": 14, "none": 58},
          "triage_blind89_holdout": {"emergency": 30, "today": 23, "soon": 16, "none": 60},
          "triage_blind91_holdout": {"emergency": 30, "today": 24, "soon": 15, "none": 60},
          "triage_blind92_holdout": {"emergency": 29, "today": 24, "soon": 15, "none": 59},
          # Eleventh session, the tune halves after the fifty-first to fifty-third rounds. Left:
          # a childhood cancer "30 years ago" and "cancer free for 15 years" beside a pulled arm
          # and a tweaked back (99: a past cancer asks "soon", new back pain after one "today");
          # a leg's night pain told without an age (106); an arm weak after a cast "from not
          # using it" (106); a horse's swollen hot leg, and chest tightness put down to asthma
          # (107).
          "triage_blind99_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 58},
          "triage_blind106_tune": {"emergency": 30, "today": 23, "soon": 16, "none": 59},
          "triage_blind107_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 58},
          # The held-out halves after the fifty-fourth round read them. Left: a chest infection
          # "last month, better now" beside sore shoulder blades (98); a husband's bowel cancer
          # "all clear" and his hamstring (95); a cancer survivor's sore arms and a childhood
          # cancer beside sore calves (101, 102); "carried my granny suitcase" (a grandmother is
          # read as the patient's age: 104); pins and needles "for ages, then it goes" and a
          # childhood cancer beside a back sore from digging (106); a grandmother's hip broken
          # "years ago", and feverish children beside the writer's own back (107). Two dives and a
          # deep joint ache after coming up fast (108), the bends, which the brief's list did not
          # name, now have a flag of their own (`diving`).
          "triage_blind95_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind98_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind101_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind102_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind104_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind106_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 58},
          "triage_blind107_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 58},
          # Twelfth session, after the fifty-fifth to fifty-eighth rounds. Left in the tune halves:
          # an ache in the bottom and the back of the thigh after a long drive (109: a journey
          # with a leg's pain still asks about a clot); a partner's childhood cancer beside a
          # sore shoulder with no "my" to say whose (111; a chest "tight" after a first swim whose
          # "the muscles not inside, sore to press" read as "not ... sore to press" passes since
          # the thirteenth session: a list is one its "no" opens); a head injury "in 2015" that
          # speech is still slow since, beside a neck sore from a new pillow ("since" keeps a
          # history; 113). In the held-out halves, read
          # after their one run: upper back pain "that came on by itself no strain for a month"
          # (114: the "no" of "no strain" reaches "for a month", and upper back pain without a
          # cause alone is not taken, as in the tenth session).
          "triage_blind109_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind111_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind113_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind114_holdout": {"emergency": 30, "today": 24, "soon": 15, "none": 60},
          # Thirteenth session, after the fifty-ninth and sixtieth rounds. Left in the tune halves:
          # "the back of my neck is in nots" ("nots" is stemmed to "not" before it could be read
          # as knots, so a usual tension headache reads as "not usual"; 131). In the held-out
          # halves, read after their one run: "my leg gave way, well just pins and needles from
          # crossing my legs" (a correction in the same breath; 126), a chest "tight" after front
          # crawl "its just the muscles" ("just the muscles" is one word once fillers go; 131), and
          # "my left half is swollen and hot" (a calf, dictated; "left half" is also a stroke's
          # word; 131).
          "triage_blind131_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind126_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind131_holdout": {"emergency": 30, "today": 23, "soon": 16, "none": 59},
          # After the sixty-first and sixty-second rounds. Left in the tune halves: a knee's
          # "deep ache in bed at night" for three weeks at 20 (a phrase for it warned on an
          # unread set's neck "in bed at night"; 133); an arm that "cant lift above my head without
          # it hurting" (a weak arm's words; four read rows with them are weakness), and a fall
          # on the bottom after losing balance on a trampoline (a neck's mechanism and a lost
          # balance; 139). In the held-out halves: a friend's son's cancer and a mother's, beside a
          # child's ordinary ache (134), and a toddler's fever "last week, shes fine now" beside
          # wrists sore from lifting her "constantly" (a night pain's word; 139).
          "triage_blind133_tune": {"emergency": 30, "today": 24, "soon": 15, "none": 60},
          "triage_blind139_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 58},
          "triage_blind134_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 58},
          "triage_blind139_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          # Fourteenth session, after the sixty-third to sixty-eighth rounds. Left in the tune
          # halves (besides "27 back stiff every am" and "rolled my side by side", read since the
          # fifteenth session's `said`): pins and needles after leaning on an armrest "for ages,
          # went away once i moved" ("for ages" is a lasting numbness's words, and "went away" also
          # ends a sciatica's that stays; 157); a 12-year-old "walking funny" the day after rugby
          # camp (a child's limp still asks today) and shoulders "like concrete after scrums"
          # ("after a scrum" is also a neck injury's; 162); a heart pounding after carrying a boiler
          # upstairs that settled on sitting, then sore arms (effort and rest are angina's words;
          # 167); neck and shoulders after a long-haul flight, "legs totally fine" ("fine" denies
          # only the word before it, and a word between that counted is an unread set's loss; 169);
          # a chest sore "where my little one headbutted me" (172). In the held-out halves, read
          # after their one run: a headache at 70 after sleeping in an armchair "had these before"
          # (a new headache over 50 still asks soon; 155); calves "tight as a drum after a day on
          # ladders" (167); a neck ache that "nothing touches ... a month now" with an emoji before
          # the month (169).
          "triage_blind155_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind157_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind162_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 58},
          "triage_blind167_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind167_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind169_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind169_holdout": {"emergency": 30, "today": 24, "soon": 15, "none": 60},
          "triage_blind172_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          # After the sixty-ninth and seventieth rounds. Left in the tune halves: an 8-year-old's
          # shin waking her crying every night this week, "fine during the day. growing pains?" (a
          # parent's question about growing pains still reads as their word for it; 188). In the
          # held-out halves, read after their one run: a leg that "goes to sleep" on long drives
          # from the seat edge and "wakes up soon as i stop", hamstring tight (a journey and a
          # leg's pain still ask about a clot; 185).
          "triage_blind188_tune": {"emergency": 30, "today": 23, "soon": 16, "none": 60},
          "triage_blind185_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          # After the seventy-first and seventy-second rounds. Left in the tune halves: a back
          # sore "fae the bairns' trampoline, bounced like an eejit" (whose back, the child's or
          # the parent's, the words do not tell; 195). In the held-out halves, read after their
          # one run: ribs sore where the baby kicks, late in a pregnancy, the midwife having
          # checked blood pressure and urine the day before (pain under the ribs in late
          # pregnancy still asks today; 190).
          "triage_blind195_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind190_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          # After the seventy-third and seventy-fourth rounds. Left in the tune halves: an
          # 84-year-old's upper back sore from carrying a great-grandson on the hip (a back that
          # hurts after lifting at that age still asks about a fracture; 198); a 17-year-old's low
          # back pain for two months "thats not going" beside a childcare apprenticeship (a lasting
          # pain at a young age asking "soon" cost an unread row: the child the writer names
          # cannot be told from the writer; 203). In the held-out halves, read after their one
          # run: a headache after no sleep with "the new baby" (a headache after a birth still asks
          # soon; 201).
          "triage_blind198_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind203_tune": {"emergency": 30, "today": 24, "soon": 15, "none": 60},
          "triage_blind201_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          # After the seventy-fifth and seventy-sixth rounds. Left in the tune halves: "ribs
          # ache sweaty nights" ("sweaty nights" as night sweats cost an unread row; 206);
          # "upper back pain no injury" (a thoracic pain asks soon only when it lasts; 206); a
          # 54-year-old's "new ones feel different and more often" after childhood migraines (the
          # childhood clause is put in the past, and "feel different" alone is too common a phrase
          # to warn; 209).
          "triage_blind206_tune": {"emergency": 30, "today": 24, "soon": 14, "none": 60},
          "triage_blind209_tune": {"emergency": 30, "today": 24, "soon": 15, "none": 60},
          # After the seventy-seventh and seventy-eighth rounds. Left: a back sore after tripping
          # up a kerb with no age given (a fall's back pain asks soon; 226); a leg numb after
          # sitting with crossed legs "for ages", and a foot sat on "for ages" (how long they sat
          # reads as how long the numbness lasts; 226, 225); "ache in the spine itself ... for
          # weeks ... probably posture" (a thoracic pain asks soon only with no cause; 224); chest
          # muscles sore with a heart "pounding" in a class the day before, and after a vomiting
          # bug (chest pain with a heart attack's companion warns even when the writer names a
          # muscle: "probably just a pulled muscle" was a heart attack in the same set; 227).
          "triage_blind226_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 58},
          "triage_blind224_holdout": {"emergency": 30, "today": 24, "soon": 15, "none": 60},
          "triage_blind225_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind227_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 58},
          # After the seventy-ninth and eightieth rounds. Left: "knocked out... by a 3 hour nap"
          # (the joke is across a pause; 230); thigh muscles aching a month after a knee
          # replacement the surgeon checked (a recent operation with a leg's pain asks today;
          # 232); a neck stiff "while i was sick" (sick as ill, read as sickness beside the pain;
          # 233); "i know stiff neck plus fever is bad but no fever" (the fever the writer knows
          # about is read as theirs; 234).
          "triage_blind230_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind232_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind233_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind234_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          # After the eighty-first and eighty-second rounds. Left: "arm pain and chest? no only
          # the arm" and "not the groin, its the testicle" (a correction the reading does not
          # follow: the chest is read, the testicle denied; 245, 248); a 17-year-old's back after
          # a week of netball (a week of a sport also says nothing of a teenager's back pain that
          # lasts; 248); autocorrect's real words and two of the rules' words run together
          # ("bowelcancer"; 252): only a rules' word run into a little word is read as two.
          "triage_blind245_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind248_holdout": {"emergency": 29, "today": 24, "soon": 16, "none": 59},
          "triage_blind252_holdout": {"emergency": 30, "today": 23, "soon": 16, "none": 60},
          # After the eighty-third round. Left: a carer's "pressing on her breastbone then her
          # left shoulder", lips blue and sick (a behaviour, not a word for pain: "pressing on my
          # chest" is also self-massage; 258); "coach said i look like im having a stroke doing
          # the splits" warns (a stroke feared by someone watching is kept; 257).
          "triage_blind257_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind258_tune": {"emergency": 29, "today": 24, "soon": 16, "none": 60},
          # After the eighty-fourth round. Left: "my son 16 ... carried his friend on his back"
          # (a back named as where a load sat, beside a teenager; 253); "my head is exploding
          # from the noise ... lol" (an explosion in the head warns, joke or not; 253); "husband
          # has myeloma, new back ache started this week" (whose back it is is not said, and
          # "mum has cancer, shoulders tight from work" is the writer's; 254); "my heart is
          # broken lol ... hunched over my phone all night" and a friend's "tumour" that is a knot
          # (255); tingling that went away after mowing for ages (260).
          "triage_blind253_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 58},
          "triage_blind254_holdout": {"emergency": 30, "today": 23, "soon": 16, "none": 60},
          "triage_blind255_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 58},
          # After the eighty-fifth round. Left: "i fell of the chair? no, i fell asleep" (a
          # question answered no is read as denied only one word back; dropping the whole
          # question would also drop "crushing chest pain? no, more like pressure"; 261); a
          # toddler's fall beside the writer's own back (263); "both testicles totally fine"
          # (an intensifier between: read as a word, it cost an unread emergency; 265); a fear
          # of cancer beside a usual back (266).
          "triage_blind261_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind265_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind266_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 57},
          # After the eighty-sixth round (the held-out halves of 261-268 read): their red flags
          # all raised; left, six ordinary complaints: a shoulder that made him feel sick while
          # hammering (262), "my glutes are having a stroke ... lol" (263), a hangover headache
          # (265), a rib sore to press that "doesnt change with exercise" (266), a lip numb
          # after a filling (268) and "feels like ive been run over" after the gym (268).
          "triage_blind262_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind263_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind265_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind266_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind268_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 58},
          "triage_blind260_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          # After the eighty-seventh and eighty-eighth rounds (277-284, both halves read): every
          # red flag raised; left, four ordinary complaints: "testicles totally fine" (the
          # intensifier again; 281), a father's old cancer beside a husband's tennis shoulder
          # (whose history it is; 282), "get up and walk" said by a friend in a pasted chat
          # (283), and tingling that "went away once i put her down" (a clause that went away is
          # read as past, so its going away is not read either; 284).
          "triage_blind281_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind282_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind283_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind284_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          # After the eighty-ninth and ninetieth rounds (285-292, both halves read). Left: a leg
          # "dead after the long drive, i mean tired" (a self-correction; a leg's pain after a
          # long drive asks about a clot; 285); a head "heavy like a band" after a day on the
          # roofs (a roof is a height to fall from; 288); "thought i was having a heart attack
          # ... but it was only my thighs" (a fear corrected later in the sentence; 290); back
          # pain and night sweats "thought it was ... menopause" (the writer's guess at the cause
          # is read as the cause; 291).
          "triage_blind285_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind288_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind290_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind291_holdout": {"emergency": 30, "today": 24, "soon": 15, "none": 60},
          # After the ninety-first and ninety-second rounds (301-308, both halves read). Every
          # red flag raised; left, five ordinary complaints: a toddler's fall beside the
          # parent's back tweaked lifting her (whose fall it is; 302); a foot "dead after
          # crossing my legs for ages" (the ages are the crossing's, read as the numbness's;
          # 303); two cancers long over beside a trap tight from a bag and shoulders sore from
          # lifting grandchildren (a past cancer still asks "soon", as chosen before; 304); a
          # 13-year-old "walking funny" after his first Muay Thai class (a limping child asks
          # "today"; 308).
          "triage_blind302_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind303_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind304_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 58},
          "triage_blind308_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          # Left as they are (the twentieth session): "i think im having a stroke... of bad luck"
          # (a joke split by its pause); "my ma had cancer" ("ma" is "my" in Scots); a calf
          # strain from sprinting for a flight, getting better (an injured leg and a flight are
          # both a clot's risks: asked, not guessed); "worse than my knee op rehab" (an
          # operation named is read as a recent one); "sore calves from standing all flight"
          # ("calves" is read as "calve", the common misspelling of one calf); a grandad's back
          # "for weeks" (his age not said).
          "triage_blind317_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind320_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind321_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind321_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind322_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind324_holdout": {"emergency": 30, "today": 24, "soon": 15, "none": 60},
          # After the ninety-fifth and ninety-sixth rounds (333-340, both halves read). Left: in
          # Hindi (337), red flags told in Hindi's own order or words the borrowed list does not
          # hold (a TIA's "speech 5 min ke liye slur", a testicle called a "private part", a
          # dive told as "diving ke baad", weight "2 mahine mein 5kg kam", "pair ka panja upar
          # nahi hota", headaches "kabhi nahi hota tha", a delivery 5 days ago, a temple's
          # swollen vessel), an aunt's cancer told in Hindi ("mausi ko cancer hai") read as the
          # writer's and a grip weak after two hours of dead hangs; in Spanish (336),
          # a back the same "no matter como me acueste", a mid back "no hice nada", an aunt's
          # house ("at my tia's") read as a TIA and an uncle's joke that a back is cancer; a
          # teenager's back in a numbered list that "would settle but it hasnt" (338); an elbow's
          # bump red and hot beside a small cut (339); legs "figuratively" not felt after a half
          # marathon and an arm heavy after carrying shopping (340).
          "triage_blind336_tune": {"emergency": 30, "today": 24, "soon": 15, "none": 58},
          "triage_blind336_holdout": {"emergency": 30, "today": 24, "soon": 15, "none": 60},
          "triage_blind337_tune": {"emergency": 29, "today": 24, "soon": 16, "none": 59},
          "triage_blind337_holdout": {"emergency": 28, "today": 21, "soon": 12, "none": 59},
          "triage_blind338_tune": {"emergency": 30, "today": 24, "soon": 15, "none": 60},
          "triage_blind339_tune": {"emergency": 30, "today": 23, "soon": 16, "none": 60},
          "triage_blind340_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 58},
          # Left after the ninety-seventh and ninety-eighth rounds, once a reviewer's probes had
          # shown that the rules that quieted them also silenced red flags (a calf aching beside
          # a scar "getting better", swelling "going down" beside a calf painful after a cast,
          # a child's night pain beside a sibling's 2 am feeds): achy legs "getting better each
          # day" after a flight (349); a calf after an ankle sprain whose "swelling is going
          # down" (352); a parent's neck from "the 3am baby feed" (352).
          "triage_blind349_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind352_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          "triage_blind352_holdout": {"emergency": 30, "today": 24, "soon": 16, "none": 59},
          # Left after the ninety-ninth and hundredth rounds: a father who "can't lift his arm
          # above his head" after tennis, sore at the front of the shoulder (read as a weak arm,
          # and asked); a father's clot in his leg "back in 2012", with a tight hamstring now (a
          # past clot with a leg's pain is asked, not guessed).
          "triage_blind357_tune": {"emergency": 30, "today": 24, "soon": 16, "none": 58}}


@pytest.fixture(scope="module")
def rules(app):
    with app.test_request_context():
        return get_rules()


@pytest.mark.parametrize("name", TABLES)
def test_a_table_is_a_blind_half_with_many_ordinary_complaints(name):
    assert _counts(TABLES[name]) == SIZES[name]
    # (The twelfth set is a short one, 120 queries: 28 and 29 ordinary complaints a half.)
    assert SIZES[name]["none"] >= 25


def _counts(table):
    counts = {}
    for row in table:
        counts[row["level"] or "none"] = counts.get(row["level"] or "none", 0) + 1
    return counts


# A table at its floor: where the floor is every row (most tables), any row that fails fails
# here, with its query and what it raised. Each row is read once, table by table (a test per row,
# as it was until the twenty-second session, read each twice and cost minutes of `make test`).
@pytest.mark.parametrize("name", TABLES)
def test_every_level_of_every_table_is_at_its_floor(rules, name):
    figures, failures = report(rules, TABLES[name])
    below = {level: figures[level]["passed"] for level in FLOORS[name]
             if figures[level]["passed"] < FLOORS[name][level]}
    assert not below, [(row["text"], got) for row, got in failures]


@pytest.mark.parametrize("name", UNTOUCHED)
def test_no_floor_is_below_a_held_out_halfs_untouched_run(name):
    assert all(FLOORS[name][level] >= UNTOUCHED[name][level] for level in UNTOUCHED[name])


# Ask, don't only guess: a red flag the words miss is still asked about when the search names a
# place whose questions ask at its level or a more severe one. Of the read tables' 5,046 red-flag
# rows, every one that the words do not already raise as an emergency names such a place
# (2026-12-05; of the 4,346 before the thirtieth round's tables, 76 did not before loin, flank,
# kidneys and the testicle words had places, 43 before the whole body's questions were asked
# where nothing names a place). The rows with no place left (34) are all emergencies the words
# raise, whose call comes first and asks nothing: a fever with a rash or confusion, a stroke
# told as speech or sight, breathlessness after a knee operation. No change may add a hole.
ASK_NET_HOLES = 0


def test_nearly_every_red_flag_of_the_read_tables_has_a_place_that_asks_it(app):
    with app.test_request_context():
        content, prepared, rules = get_content(), get_prepared(), get_rules()
        asked = {}

        def asks_at(area, level):
            if area not in asked:
                asked[area] = min((SEVERITY[r["level"]] for r in for_region_page(content, area)),
                                  default=len(SEVERITY))
            return asked[area] <= SEVERITY[level]

        holes, unheard = [], []
        for name, row in ROWS:
            if "untouched" in name or row["level"] is None:
                continue
            said = answer(rules, row["text"])
            if not any(asks_at(ask["area"], row["level"])
                       for ask in search(prepared, row["text"], said["ask"])["asks"]):
                level = said["warnings"][0]["level"] if said["warnings"] else None
                if level != "emergency":  # an emergency's call comes first, asked or not
                    holes.append(row["text"])
                if not passes(row["level"], level):
                    unheard.append(row["text"])
    # Neither warned at its level nor asked: none.
    assert not unheard
    assert len(holes) <= ASK_NET_HOLES, holes


@pytest.mark.skipif(NODE is None, reason="Node.js is not installed")
def test_the_browser_raises_the_same_on_the_blind_tables(rules, tmp_path):
    texts = [row["text"] for _, row in ROWS]
    (tmp_path / "rules.json").write_text(json.dumps(read_by_browser(rules)))
    (tmp_path / "queries.json").write_text(json.dumps(texts))
    out = subprocess.run([NODE, "tests/js/triage-cli.mjs", str(tmp_path / "rules.json"),
                          str(tmp_path / "queries.json")], capture_output=True, text=True,
                         check=True)
    for text, theirs in zip(texts, json.loads(out.stdout), strict=True):
        assert theirs == served_answer(answer(rules, text)), text


# Words around a message that change nothing in it: a greeting, a sign-off, asking what to do, a
# full stop, capitals, apostrophes, "and" written "n" or "&". Found wanting (2026-12-05): "mates
# had chest pain 20 mins, wont go off, what should i do" lost the mate's emergency (its "i" read
# as the writer's turn); "hi 30 wks" and "..., 79 thanks" lost the weeks and the age, "im 80."
# the age (a decimal point); "my arm n leg went numb n weak" and "woke up & my right arm & leg
# are weak" were not one side's stroke.
HARMLESS = {
    "a greeting": lambda text: "hi " + text,
    "a sign-off": lambda text: text + " thanks",
    "asking what to do": lambda text: text + " what should i do",
    "a full stop": lambda text: text + ".",
    "capitals": str.upper,
    "apostrophes": lambda text: text.replace("im ", "i'm ").replace("dont ", "don't "),
    '"and" as "n"': lambda text: text.replace(" and ", " n "),
    '"and" as "&"': lambda text: text.replace(" and ", " & "),
    "a teenager's opener": lambda text: "ngl " + text,
    "an apology first": lambda text: "sorry for the long message, " + text,
    '"mum" as "mam"': lambda text: re.sub(r"\bmum\b", "mam", text),
    "an emoji after": lambda text: text + " \N{WEARY FACE}",
}


@pytest.fixture(scope="module")
def passing_rows(rules):
    """Every third row of the tables read so far that passes as written (the rows are many and
    their wordings alike)."""
    return [(name, row) for name, row in ROWS[::3] if "untouched" not in name
            and passes(row["level"], raised_level(rules, row["text"]))]


@pytest.mark.parametrize("edit", HARMLESS)
def test_harmless_words_around_a_message_keep_its_answer(rules, passing_rows, edit):
    """Each edit on every other one of those rows, the edits alternating which half, so each
    edit takes a second or two and between them they reach every row six times."""
    changed = []
    for name, row in passing_rows[list(HARMLESS).index(edit) % 2::2]:
        text = HARMLESS[edit](row["text"])
        if not passes(row["level"], raised_level(rules, text)):
            changed.append((name, row["level"], text))
    assert changed == []
