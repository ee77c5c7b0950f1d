package dev.yusuan.io.internal;

/**
 * Traditional Chinese characters of budget vocabulary read as their simplified forms, so that the
 * readers' simplified lexicon (预算, 决算, 收入, 支出, 总计, 合计, 项目, 经济分类, the 科目 names …) also
 * matches a disclosure written in traditional characters (typically one in Big5). A general table of
 * 369 characters that occur in budget vocabulary and in the names of classifications, units and
 * places; each maps to exactly one simplified character and none maps to a character of the table,
 * so converting is idempotent. Characters whose simplified form depends on the word (乾, 著, 麵 …) are
 * not in the table and stay as they are.
 */
public final class Traditional {
  /** Traditional characters; {@link #SIMPLIFIED} holds their simplified forms at the same index. */
  public static final String TRADITIONAL =
      "預決總計項經濟類門單財撥費資產國債務機關運轉餘結據數額補貼險醫療衛設備購買採車輛" +
      "維護會議訓練辦處區縣鎮鄉黨員職離養業農環節眾禮慶傳統電話網絡報紙書圖館舊將與為於" +
      "應實現發規劃體標準績評價兩個這說況變動較減長億萬臺組織級層責權歸屬編製並對圍範專" +
      "勞貨幣銀賬帳戶稅來獨歷雜銷紀檢監審諮詢訊災難氣復複興舉營條婦兒殘優撫軍隊參試驗進" +
      "貧學園術藝廣視聽壇遺給償還貸讓擔調後裡裏屆團際間時當聯繫係樓築裝飾別號碼頁欄檔勵" +
      "獎懲罰沒無淨則階線狀態證齊誌詳細錄註釋東陽華蘇貴雲寧龍紹橋錢賦徵負彙匯託衝週佈鐘" +
      "麼嚴歲續開閉問題習礎廳綜覽筆簡稱構勢張軟幾賣貿儲糧漁礦鐵鋼場邊極僅壓擴縮顯頭讀寫" +
      "語詞庫鹽藥飯們腦遷隨輕響隱獻紅綠藍黃灣漢遼貫憑兌納繳亞歐韓戲劇畢嶺熱擬損壞點協勝" +
      "雙戰鬥確認許畫倉盧聲臨辭識講論彈盡勁偽閱歡蓋從冊賓導彌執揚曉滿積終繼訂訪質輔過選" +
      "郵順領風饋廠鑒鑑陸";
  public static final String SIMPLIFIED =
      "预决总计项经济类门单财拨费资产国债务机关运转余结据数额补贴险医疗卫设备购买采车辆" +
      "维护会议训练办处区县镇乡党员职离养业农环节众礼庆传统电话网络报纸书图馆旧将与为于" +
      "应实现发规划体标准绩评价两个这说况变动较减长亿万台组织级层责权归属编制并对围范专" +
      "劳货币银账账户税来独历杂销纪检监审咨询讯灾难气复复兴举营条妇儿残优抚军队参试验进" +
      "贫学园术艺广视听坛遗给偿还贷让担调后里里届团际间时当联系系楼筑装饰别号码页栏档励" +
      "奖惩罚没无净则阶线状态证齐志详细录注释东阳华苏贵云宁龙绍桥钱赋征负汇汇托冲周布钟" +
      "么严岁续开闭问题习础厅综览笔简称构势张软几卖贸储粮渔矿铁钢场边极仅压扩缩显头读写" +
      "语词库盐药饭们脑迁随轻响隐献红绿蓝黄湾汉辽贯凭兑纳缴亚欧韩戏剧毕岭热拟损坏点协胜" +
      "双战斗确认许画仓卢声临辞识讲论弹尽劲伪阅欢盖从册宾导弥执扬晓满积终继订访质辅过选" +
      "邮顺领风馈厂鉴鉴陆";
  private static final char[] MAP = new char[0x10000];

  static {
    for (int i = 0; i < TRADITIONAL.length(); i++) {
      MAP[TRADITIONAL.charAt(i)] = SIMPLIFIED.charAt(i);
    }
  }

  private Traditional() {}

    /**
   * Text with its traditional characters replaced.
   *
   * @param text the text
   * @param converted how many characters were replaced
   */
  public record Simplified(String text, int converted) {}

  /**
   * The simplified form of one character of the table; 0 for any other character (what
   * {@link #simplify} does to one character, for a caller that reads the text once for several ends).
   *
   * @param c any character
   * @return its simplified form, or 0 when {@code c} is not a traditional character of the table
   */
  public static char simplified(char c) {
    return MAP[c];
  }

  /**
   * Replaces the traditional characters of the table by their simplified forms.
   *
   * @param s any text
   * @return the text and how many characters were replaced
   */
  public static Simplified simplify(String s) {
    char[] c = null;
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char m = MAP[s.charAt(i)];
      if (m != 0) {
        if (c == null) {
          c = s.toCharArray();
        }
        c[i] = m;
        n++;
      }
    }
    return c == null ? new Simplified(s, 0) : new Simplified(new String(c), n);
  }
}
