package com.satisfaction.web.demo;

import com.satisfaction.core.survey.Language;
import com.satisfaction.web.customer.ContactForm;
import com.satisfaction.web.customer.CustomerForm;
import com.satisfaction.web.customer.CustomerRegister;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The customer register of 华信汽车零部件 (Huaxin Auto Parts), a supplier of brake, chassis and electronic parts:
 * 60 carmakers and first-tier suppliers across China, in three value tiers, the A-tier ones key accounts, each with one
 * or two contacts (those of joint ventures in English). Some annual values are equal on purpose: rankings must cope.
 */
@DemoOnly
@Component
class DemoCompany {

    static final int CUSTOMERS = 60;

    private static final String[] CITIES = {"上海", "苏州", "宁波", "广州", "长春", "武汉", "重庆", "天津", "芜湖", "十堰",
            "柳州", "合肥", "杭州", "深圳", "沈阳"};
    private static final String[] REGIONS = {"华东", "华东", "华东", "华南", "东北", "华中", "西南", "华北", "华东", "华中",
            "华南", "华东", "华东", "华南", "东北"};
    private static final String[] BRANDS = {"华达", "恒通", "远航", "精工", "博远", "正泰", "鑫源", "宏达", "瑞丰", "金鹏",
            "东方", "中联", "海川", "天成", "嘉禾", "安驰", "力帆", "众诚", "万向", "新锐"};
    private static final String[][] KINDS = {
            {"汽车有限公司", "乘用车整车"}, {"商用车有限公司", "商用车整车"}, {"新能源汽车有限公司", "新能源汽车"},
            {"汽车电子有限公司", "一级供应商"}, {"底盘系统有限公司", "一级供应商"}, {"汽配贸易有限公司", "售后市场"}};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱"};
    private static final String[] GIVEN = {"伟", "芳", "军", "敏", "磊", "静", "强", "丽", "涛", "燕", "斌", "婷", "勇", "洁"};
    private static final String[] ENGLISH = {"Thomas Becker", "Anna Müller", "James Carter", "Laura Rossi", "Kenji Sato",
            "Sophie Martin", "Daniel Kim", "Emma Wilson"};
    private static final String[] POSTS = {"采购经理", "质量经理", "SQE 工程师", "供应链主管"};

    private final CustomerRegister register;

    DemoCompany(CustomerRegister register) {
        this.register = register;
    }

    List<DemoCustomer> register(Random random) {
        List<DemoCustomer> customers = new ArrayList<>();
        long previousValue = 0;
        for (int i = 0; i < CUSTOMERS; i++) {
            int city = i % CITIES.length;
            String[] kind = KINDS[(i * 7) % KINDS.length];
            String name = CITIES[city] + BRANDS[i % BRANDS.length] + kind[0];
            char tier = i % 6 == 0 ? 'A' : i % 6 < 3 ? 'B' : 'C';
            long value = switch (tier) {
                case 'A' -> 8_000_000 + random.nextInt(23) * 1_000_000L;
                case 'B' -> 2_000_000 + random.nextInt(60) * 100_000L;
                default -> 300_000 + random.nextInt(17) * 100_000L;
            };
            if (i % 10 == 9 && tier == 'C') {
                value = previousValue; // ties in the value ranking
            }
            previousValue = value;
            String code = String.format("HX-C%03d", i + 1);
            var done = (CustomerRegister.Done) register.create(new CustomerForm(code, name, REGIONS[city], kind[1],
                    String.valueOf(tier), value + ".00", tier == 'A'));
            boolean jointVenture = i % 4 == 3;
            addContact(done.customerId(), i, 0, jointVenture);
            if (tier != 'C' || i % 5 == 0) {
                addContact(done.customerId(), i, 1, false);
            }
            customers.add(new DemoCustomer(done.customerId(), code, name, tier, mood(i, random)));
        }
        return customers;
    }

    /** A lost customer leaves the register's active customers: no more survey links, complaints or records. */
    void deactivate(DemoCustomer customer) {
        register.setActive(customer.id(), false);
    }

    private void addContact(long customerId, int customer, int nth, boolean english) {
        String domain = String.format("c%03d.example.com", customer + 1);
        ContactForm contact;
        if (english) {
            String name = ENGLISH[customer % ENGLISH.length];
            contact = new ContactForm(name, name.toLowerCase().replace(' ', '.').replace("ü", "ue") + "@" + domain,
                    "+86 21 5" + String.format("%07d", customer * 1_313 + nth), Language.EN);
        } else {
            String name = SURNAMES[(customer + nth * 5) % SURNAMES.length] + GIVEN[(customer * 3 + nth) % GIVEN.length];
            contact = new ContactForm(name + "（" + POSTS[(customer + nth) % POSTS.length] + "）",
                    (nth == 0 ? "purchase" : "quality") + "@" + domain,
                    "139" + String.format("%08d", customer * 7_919 + nth), Language.ZH);
        }
        register.addContact(customerId, contact);
    }

    /**
     * Most customers are satisfied, a fifth lukewarm, a few unhappy, so that every band, level and segment of the
     * half-year page occurs.
     */
    private static double mood(int customer, Random random) {
        if (customer % 11 == 4) {
            return 1.8 + random.nextDouble() * 0.7;
        }
        if (customer % 5 == 2) {
            return 2.8 + random.nextDouble() * 0.7;
        }
        return 3.9 + random.nextDouble() * 1.05;
    }
}
